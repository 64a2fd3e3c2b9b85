namespace QualityMap.Grains.Identity;

/// <summary>Persisted state of one login's or one address's sign-in guard.</summary>
[GenerateSerializer, Alias("qm.SignInGuardState")]
public sealed class SignInGuardState
{
    /// <summary>Failed sign-ins since the last success.</summary>
    [Id(0)]
    public int ConsecutiveFailures { get; set; }

    /// <summary>Until when sign-ins are refused unchecked; null when not locked out.</summary>
    [Id(1)]
    public DateTimeOffset? LockedUntil { get; set; }
}
