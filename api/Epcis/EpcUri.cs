using QualityMap.Api.Trace;
using QualityMap.Grains.Trace;

namespace QualityMap.Api.Epcis;

/// <summary>
/// EPC and EPC class identifiers of EPCIS events, in the two forms the standard allows: GS1 Digital Link URIs on
/// any domain, and the EPC URNs of TDS 2.0 (<c>urn:epc:id:sgtin:…</c>, <c>urn:epc:class:lgtin:…</c>). The service
/// reads the batch (GTIN and lot) and the item serial out of either.
/// </summary>
public static class EpcUri
{
    public const string CanonicalDomain = "https://id.gs1.org";

    /// <summary>
    /// The canonical GS1 Digital Link of an identifier (CBV 2.0 event hash, rule on EPC URIs): an EPC URN of the kinds
    /// the service meets (sgtin, lgtin, sgln, sscc, pgln) rewritten, a Digital Link moved to id.gs1.org without its
    /// query string; any other value as it is.
    /// </summary>
    public static string Canonical(string uri)
    {
        if (uri.StartsWith("urn:epc:id:sgtin:", StringComparison.Ordinal) && SplitUrn(uri, 17) is [var cp, var item, var serial])
            return $"{CanonicalDomain}/01/{GtinOf(cp, item)}/21/{Gs1Percent(serial)}";
        if (uri.StartsWith("urn:epc:idpat:sgtin:", StringComparison.Ordinal) && SplitUrn(uri, 20) is [var icp, var iitem, "*"])
            return $"{CanonicalDomain}/01/{GtinOf(icp, iitem)}";
        if (uri.StartsWith("urn:epc:class:lgtin:", StringComparison.Ordinal) && SplitUrn(uri, 20) is [var lcp, var litem, var lot])
            return $"{CanonicalDomain}/01/{GtinOf(lcp, litem)}/10/{Gs1Percent(lot)}";
        if (uri.StartsWith("urn:epc:id:sgln:", StringComparison.Ordinal) && SplitUrn(uri, 16) is [var gcp, var location, var extension])
        {
            var gln = WithCheckDigit(gcp + location, 13);
            return extension == "0" ? $"{CanonicalDomain}/414/{gln}" : $"{CanonicalDomain}/414/{gln}/254/{Gs1Percent(extension)}";
        }
        if (uri.StartsWith("urn:epc:id:sscc:", StringComparison.Ordinal) && SplitUrn(uri, 16) is [var scp, var serialRef])
            return $"{CanonicalDomain}/00/{WithCheckDigit(serialRef[..1] + scp + serialRef[1..], 18)}";
        if (uri.StartsWith("urn:epc:id:pgln:", StringComparison.Ordinal) && SplitUrn(uri, 16) is [var pcp, var party])
            return $"{CanonicalDomain}/417/{WithCheckDigit(pcp + party, 13)}";
        if (uri.StartsWith("https://", StringComparison.Ordinal) || uri.StartsWith("http://", StringComparison.Ordinal))
        {
            var path = DigitalLinkPath(uri);
            if (path is not null) return CanonicalDomain + (path.StartsWith("/01/", StringComparison.Ordinal) ? LowestLevel(PadGtin(path)) : path);
        }
        return uri;
    }

    /// <summary>
    /// The batch, and the serial for one item, that an EPC or EPC class names; null for anything else, an SGTIN
    /// without its lot included (an item is traced through its batch, so its code must name the lot).
    /// </summary>
    public static DigitalLink? Batch(string uri)
    {
        var path = uri.StartsWith("urn:epc:class:lgtin:", StringComparison.Ordinal) ? Canonical(uri)[CanonicalDomain.Length..]
            : uri.StartsWith("http", StringComparison.Ordinal) ? DigitalLinkPath(uri)
            : null;
        if (path is null || !path.StartsWith("/01/", StringComparison.Ordinal)) return null;
        var segments = PadGtin(path).Split('/');
        return segments.Length is 5 or 7 ? DigitalLink.Parse(segments[2..]) : null;
    }

    // The path of a Digital Link from its primary key on (/01/, /00/, /414/, /417/), without query or fragment.
    private static string? DigitalLinkPath(string uri)
    {
        var end = uri.IndexOfAny(['?', '#']);
        var withoutQuery = end >= 0 ? uri[..end] : uri;
        foreach (var key in (string[])["/01/", "/00/", "/414/", "/417/"])
        {
            var at = withoutQuery.IndexOf(key, StringComparison.Ordinal);
            if (at >= 0) return withoutQuery[at..];
        }
        return null;
    }

    // An item's serial identifies it alone: /01/{gtin}/10/{lot}/21/{serial} is /01/{gtin}/21/{serial} (CBV 2.0, the
    // canonical, constrained Digital Link of the event hash).
    private static string LowestLevel(string path)
    {
        var segments = path.Split('/');
        return segments is ["", "01", var gtin, "10", _, "21", var serial] ? $"/01/{gtin}/21/{serial}" : path;
    }

    private static string PadGtin(string path)
    {
        var gtinEnd = path.IndexOf('/', 4);
        var gtin = gtinEnd < 0 ? path[4..] : path[4..gtinEnd];
        return gtin.Length is 8 or 12 or 13 && gtin.All(char.IsAsciiDigit)
            ? "/01/" + gtin.PadLeft(Gtin.Length, '0') + (gtinEnd < 0 ? "" : path[gtinEnd..])
            : path;
    }

    // urn:epc:…:{companyPrefix}.{reference}[.{serial}]
    private static string[]? SplitUrn(string uri, int prefixLength)
    {
        var parts = uri[prefixLength..].Split('.', 3);
        return parts.Length >= 2 && parts[0].All(char.IsAsciiDigit) && parts[0].Length is >= 6 and <= 12 ? parts : null;
    }

    // TDS 2.0: the indicator digit leads the item reference in the URN and the GTIN.
    private static string GtinOf(string companyPrefix, string itemReference) =>
        WithCheckDigit(itemReference[..1] + companyPrefix + itemReference[1..], Gtin.Length);

    private static string WithCheckDigit(string digits, int length)
    {
        var padded = digits.PadLeft(length - 1, '0');
        return padded + Gtin.CheckDigit(padded);
    }

    // The characters a URN carries bare but a Digital Link path segment carries percent-encoded.
    private static string Gs1Percent(string value) => value
        .Replace("!", "%21").Replace("(", "%28").Replace(")", "%29").Replace("*", "%2A")
        .Replace("+", "%2B").Replace(",", "%2C").Replace(":", "%3A");
}
