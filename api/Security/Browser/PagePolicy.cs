namespace QualityMap.Api.Security.Browser;

/// <summary>
/// Endpoint metadata of a server-rendered HTML page that needs more than the shared policy: the SHA-256 sources of
/// its inline <c>&lt;style&gt;</c> blocks (so no page needs <c>'unsafe-inline'</c>) and its referrer policy.
/// </summary>
/// <param name="StyleHashes">CSP hash sources, <c>'sha256-…'</c>, see <see cref="ContentSecurityPolicy.HashOf"/>.</param>
/// <param name="ReferrerPolicy">The page's <c>Referrer-Policy</c>.</param>
public sealed record PagePolicy(IReadOnlyList<string> StyleHashes, string ReferrerPolicy);
