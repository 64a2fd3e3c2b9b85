using QualityMap.Grains.Identity;

namespace QualityMap.Api.RateLimiting;

/// <summary>The configurable form of a <see cref="LockoutPolicy"/>.</summary>
public sealed class Lockout
{
    public int LockAfterFailures { get; set; }

    public TimeSpan FirstLockout { get; set; }

    public TimeSpan MaxLockout { get; set; }

    public Lockout() { }

    public Lockout(int lockAfterFailures, TimeSpan firstLockout, TimeSpan maxLockout) =>
        (LockAfterFailures, FirstLockout, MaxLockout) = (lockAfterFailures, firstLockout, maxLockout);

    public LockoutPolicy Policy => new(LockAfterFailures, FirstLockout, MaxLockout);
}
