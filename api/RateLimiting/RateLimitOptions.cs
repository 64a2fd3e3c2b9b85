namespace QualityMap.Api.RateLimiting;

/// <summary>
/// Section <see cref="SectionName"/>: how fast each surface may be tried. No regulation fixes these; the defaults
/// let every person and machine work unhindered and stop guessing, scanning and flooding (README, "Rate limits").
/// </summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "RateLimits";

    /// <summary>Sign-in requests per client address.</summary>
    public RateLimit SignIn { get; set; } = new(30, TimeSpan.FromMinutes(1));

    /// <summary>Public pages (code verification, trace codes) per client address.</summary>
    public RateLimit PublicPages { get; set; } = new(120, TimeSpan.FromMinutes(1));

    /// <summary>Event batches per API key (the batch-1 benchmark posts about 2,000 a second on 2 cores).</summary>
    public RateLimit Ingest { get; set; } = new(5000, TimeSpan.FromSeconds(1));

    /// <summary>Bulk code exports started per account.</summary>
    public RateLimit CodeExports { get; set; } = new(10, TimeSpan.FromHours(1));

    /// <summary>The growing lock-out of one login after failed sign-ins.</summary>
    public Lockout LoginLockout { get; set; } = new(5, TimeSpan.FromMinutes(1), TimeSpan.FromHours(1));

    /// <summary>The growing lock-out of one client address after failed sign-ins (of any login).</summary>
    public Lockout AddressLockout { get; set; } = new(20, TimeSpan.FromMinutes(1), TimeSpan.FromHours(1));

    public IEnumerable<string> Validate()
    {
        foreach (var (name, limit) in new[] { ("SignIn", SignIn), ("PublicPages", PublicPages), ("Ingest", Ingest), ("CodeExports", CodeExports) })
        {
            if (limit.PermitLimit < 1) yield return $"RateLimits:{name}:PermitLimit must be at least 1.";
            if (limit.Window <= TimeSpan.Zero) yield return $"RateLimits:{name}:Window must be positive.";
        }
        foreach (var (name, lockout) in new[] { ("LoginLockout", LoginLockout), ("AddressLockout", AddressLockout) })
        {
            if (lockout.LockAfterFailures < 1) yield return $"RateLimits:{name}:LockAfterFailures must be at least 1.";
            if (lockout.FirstLockout <= TimeSpan.Zero || lockout.MaxLockout < lockout.FirstLockout)
                yield return $"RateLimits:{name}: FirstLockout must be positive and MaxLockout at least FirstLockout.";
        }
    }
}
