namespace QualityMap.Api.Security.Browser;

/// <summary>Web origins (RFC 6454) compared the way browsers mean them: scheme, host and port, nothing else.</summary>
public static class Origins
{
    /// <summary>
    /// <c>scheme://host:port</c> in lower case with the port always written (so <c>https://a</c> and
    /// <c>https://a:443</c> compare equal); null for anything that is not an http(s) origin, including <c>null</c>.
    /// </summary>
    public static string? Normalize(string? origin)
    {
        if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")) return null;
        if (uri.UserInfo.Length > 0 || uri.AbsolutePath != "/" || uri.Query.Length > 0 || uri.Fragment.Length > 0) return null;
        return $"{uri.Scheme}://{uri.IdnHost.ToLowerInvariant()}:{uri.Port}";
    }

    /// <summary>The origin of a URL (or URL template) with a scheme and host, e.g. for a CSP source; null otherwise.</summary>
    public static string? Of(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.GetLeftPart(UriPartial.Authority) : null;
}
