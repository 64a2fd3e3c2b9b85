namespace QualityMap.Api.Security;

/// <summary>Settings of accounts and sign-in (section "Security").</summary>
public sealed class SecurityOptions
{
    public const string SectionName = "Security";

    /// <summary>The first administrator's login, created at the first start when no account exists.</summary>
    public string AdminLogin { get; set; } = "admin";

    /// <summary>Its password; when empty one is generated and written to the log once.</summary>
    public string? AdminPassword { get; set; }

    /// <summary>Its region (a city); empty means the region tree's first city.</summary>
    public string? AdminRegion { get; set; }

    /// <summary>How long a person's sign-in lasts without activity.</summary>
    public TimeSpan SessionIdleTimeout { get; set; } = TimeSpan.FromHours(8);

    /// <summary>
    /// The CSP <c>frame-ancestors</c> sources of the wall page (e.g. <c>https://command.example.gov.cn</c>, or
    /// <c>'self'</c>): a command centre may embed the wall in its own console. Every other page may not be framed.
    /// </summary>
    public string WallFrameAncestors { get; set; } = "'none'";

    /// <summary>
    /// Origins (<c>scheme://host[:port]</c>) besides the request's own from which a signed-in browser may send
    /// state-changing requests, e.g. the public address when a TLS-terminating proxy forwards plain HTTP.
    /// </summary>
    public string[] AllowedOrigins { get; set; } = [];

    /// <summary>The <c>max-age</c> of <c>Strict-Transport-Security</c>, sent on every HTTPS response.</summary>
    public TimeSpan HstsMaxAge { get; set; } = TimeSpan.FromDays(365);

    public IEnumerable<string> Validate()
    {
        if (string.IsNullOrWhiteSpace(AdminLogin)) yield return "Security:AdminLogin must not be empty.";
        if (AdminPassword is { Length: > 0 and < 12 }) yield return "Security:AdminPassword must have at least 12 characters.";
        if (SessionIdleTimeout <= TimeSpan.Zero) yield return "Security:SessionIdleTimeout must be positive.";
        // The value goes into a header as one CSP directive: a ';' or a line break would smuggle in others.
        if (string.IsNullOrWhiteSpace(WallFrameAncestors) || WallFrameAncestors.Any(c => c is ';' or ',' || char.IsControl(c)))
            yield return "Security:WallFrameAncestors must be a space-separated list of CSP sources (e.g. 'none', 'self', https://console.example).";
        foreach (var origin in AllowedOrigins)
            if (Browser.Origins.Normalize(origin) is null)
                yield return $"Security:AllowedOrigins '{origin}' must be an origin: http(s)://host[:port], no path.";
        if (HstsMaxAge < TimeSpan.Zero) yield return "Security:HstsMaxAge must not be negative.";
    }
}
