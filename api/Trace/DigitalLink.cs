using QualityMap.Grains.Trace;

namespace QualityMap.Api.Trace;

/// <summary>
/// A batch's trace code: its GS1 Digital Link URI on the service's public base
/// URL, <c>{base}/01/{gtin}/10/{lot}</c>, and <c>/21/{serial}</c> after it for one serialised item. The same URI
/// is printed as QR and as DataMatrix, opened by a phone, and answered by the scan page.
/// </summary>
public sealed record DigitalLink(BatchKey Batch, string? Serial)
{
    public const string GtinAi = "01";
    public const string LotAi = "10";
    public const string SerialAi = "21";

    /// <summary>The path, each value percent-encoded as a URI path segment (a lot may hold '/', '%', '?').</summary>
    public string Path => $"/{GtinAi}/{Batch.Gtin}/{LotAi}/{Uri.EscapeDataString(Batch.Lot)}"
        + (Serial is null ? "" : $"/{SerialAi}/{Uri.EscapeDataString(Serial)}");

    public string On(string publicBaseUrl) => publicBaseUrl.TrimEnd('/') + Path;

    /// <summary>The GS1 human-readable interpretation printed under the symbol: each AI in brackets before its value.</summary>
    public string HumanReadable => $"({GtinAi}){Batch.Gtin}({LotAi}){Batch.Lot}" + (Serial is null ? "" : $"({SerialAi}){Serial}");

    /// <summary>
    /// Reads a Digital Link path below <c>/01/</c>: the segments after it, still percent-encoded as sent. A GTIN-8,
    /// -12 or -13 is padded to 14 digits, as the standard has resolvers do; null when the path is no batch's code.
    /// </summary>
    public static DigitalLink? Parse(IReadOnlyList<string> encodedSegments)
    {
        if (encodedSegments is not [var gtinSegment, LotAi, var lotSegment, ..] || encodedSegments.Count is not (3 or 5)) return null;
        if (encodedSegments.Count == 5 && encodedSegments[3] != SerialAi) return null;
        var gtin = Uri.UnescapeDataString(gtinSegment);
        if (gtin.Length is 8 or 12 or 13) gtin = gtin.PadLeft(Gtin.Length, '0');
        var lot = Uri.UnescapeDataString(lotSegment);
        var serial = encodedSegments.Count == 5 ? Uri.UnescapeDataString(encodedSegments[4]) : null;
        if (Gtin.Explain(gtin) is not null || Gs1Text.Explain(lot, LotAi) is not null) return null;
        if (serial is not null && Gs1Text.Explain(serial, SerialAi) is not null) return null;
        return new DigitalLink(new BatchKey(gtin, lot), serial);
    }
}
