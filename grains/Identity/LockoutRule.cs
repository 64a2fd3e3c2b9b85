namespace QualityMap.Grains.Identity;

/// <summary>
/// The growing lock-out after failed sign-ins. NIST SP 800-63B §5.2.2 asks a verifier to limit consecutive failed
/// attempts on one account; doubling the wait after each further failure makes guessing a password
/// cost days while a person who mistyped waits a minute.
/// </summary>
public static class LockoutRule
{
    /// <summary>How long the <paramref name="consecutiveFailures"/>-th failure in a row locks out; zero before the policy's threshold.</summary>
    public static TimeSpan After(int consecutiveFailures, LockoutPolicy policy)
    {
        var beyond = consecutiveFailures - policy.LockAfterFailures;
        if (beyond < 0) return TimeSpan.Zero;
        // Doubling that many times overflows soon; anything past the cap is the cap.
        var doublings = Math.Min(beyond, 30);
        var lockout = policy.FirstLockout * Math.Pow(2, doublings);
        return lockout < policy.MaxLockout ? lockout : policy.MaxLockout;
    }
}
