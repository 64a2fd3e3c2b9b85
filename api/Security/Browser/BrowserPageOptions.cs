namespace QualityMap.Api.Security.Browser;

/// <summary>
/// What other parts of the service add to the pages' policy in code (not configuration): the wall registers the
/// origin of its boundary server and that its page may be framed.
/// </summary>
public sealed class BrowserPageOptions
{
    /// <summary>Origins the pages may fetch from, besides their own (CSP <c>connect-src</c>).</summary>
    public List<string> ConnectSources { get; } = [];

    /// <summary>Path prefixes whose pages take <see cref="SecurityOptions.WallFrameAncestors"/> instead of <c>'none'</c>.</summary>
    public List<string> EmbeddablePaths { get; } = [];
}
