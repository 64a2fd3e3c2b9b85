using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace QualityMap.Api.Security.Browser;

/// <summary>
/// The Content-Security-Policy of every HTML page: scripts, styles and connections from the service itself only, no
/// inline script and no eval, so an injected tag cannot run or send data elsewhere even if an encoding slips.
/// </summary>
public sealed class ContentSecurityPolicy
{
    private readonly string _head;
    private readonly string _tail;
    private readonly string _wallFrameAncestors;
    private readonly IReadOnlyList<string> _embeddablePaths;

    public ContentSecurityPolicy(IOptions<SecurityOptions> security, IOptions<BrowserPageOptions> pages)
    {
        var connect = string.Join("", pages.Value.ConnectSources.Distinct(StringComparer.OrdinalIgnoreCase).Select(s => " " + s));
        // img data: is for the pages' empty favicon (<link rel="icon" href="data:,">); form-action 'self' still lets
        // the bureau's sign-in form work without script.
        _head = "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + $"img-src 'self' data:; connect-src 'self'{connect}; style-src 'self'";
        _tail = "; frame-ancestors ";
        _wallFrameAncestors = security.Value.WallFrameAncestors.Trim();
        _embeddablePaths = [.. pages.Value.EmbeddablePaths];
    }

    /// <summary>The policy of the page at <paramref name="path"/>, with the inline styles its metadata declares.</summary>
    public string For(PathString path, PagePolicy? page)
    {
        var styles = page is null ? "" : string.Join("", page.StyleHashes.Select(h => " " + h));
        if (page is { StyleAttributeHashes.Count: > 0 }) styles += " 'unsafe-hashes'" + string.Join("", page.StyleAttributeHashes.Select(h => " " + h));
        var fonts = page is { DataFonts: true } ? "; font-src 'self' data:" : "";
        var ancestors = _embeddablePaths.Any(p => path.StartsWithSegments(p)) ? _wallFrameAncestors : "'none'";
        return _head + styles + fonts + _tail + ancestors;
    }

    /// <summary>The CSP hash source of an inline block's exact text, <c>'sha256-…'</c>.</summary>
    public static string HashOf(string inlineText) =>
        $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(inlineText)))}'";
}
