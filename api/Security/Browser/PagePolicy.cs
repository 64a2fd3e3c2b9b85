namespace QualityMap.Api.Security.Browser;

/// <summary>
/// Endpoint metadata of an HTML page that needs more than the shared policy: the SHA-256 sources of its inline
/// <c>&lt;style&gt;</c> blocks (so no page needs <c>'unsafe-inline'</c>) and its referrer policy.
/// </summary>
/// <param name="StyleHashes">CSP hash sources, <c>'sha256-…'</c>, see <see cref="ContentSecurityPolicy.HashOf"/>.</param>
/// <param name="ReferrerPolicy">The page's <c>Referrer-Policy</c>.</param>
public sealed record PagePolicy(IReadOnlyList<string> StyleHashes, string ReferrerPolicy)
{
    /// <summary>Hash sources of exact <c>style="…"</c> attribute values the page carries (allowed with <c>'unsafe-hashes'</c>).</summary>
    public IReadOnlyList<string> StyleAttributeHashes { get; init; } = [];

    /// <summary>The page's fonts may come as <c>data:</c> URLs (a bundle that embeds its icon font).</summary>
    public bool DataFonts { get; init; }
}
