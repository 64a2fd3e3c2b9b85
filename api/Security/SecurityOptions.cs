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

    public IEnumerable<string> Validate()
    {
        if (string.IsNullOrWhiteSpace(AdminLogin)) yield return "Security:AdminLogin must not be empty.";
        if (AdminPassword is { Length: > 0 and < 12 }) yield return "Security:AdminPassword must have at least 12 characters.";
        if (SessionIdleTimeout <= TimeSpan.Zero) yield return "Security:SessionIdleTimeout must be positive.";
    }
}
