namespace QualityMap.Grains.Identity;

/// <summary>Persisted state of one login's or one address's sign-in guard.</summary>
public sealed class SignInGuardState
{
    /// <summary>Failed sign-ins since the last success.</summary>
    public int ConsecutiveFailures { get; set; }

    /// <summary>Until when sign-ins are refused unchecked; null when not locked out.</summary>
    public DateTimeOffset? LockedUntil { get; set; }
}
