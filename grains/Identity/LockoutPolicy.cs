namespace QualityMap.Grains.Identity;

/// <summary>
/// How sign-in failures lock a login or an address out: the <see cref="LockAfterFailures"/>-th consecutive failure
/// locks for <see cref="FirstLockout"/>, each further one for twice as long as the one before, up to
/// <see cref="MaxLockout"/>. No regulation fixes these numbers; they are configuration (README, "Rate limits").
/// </summary>
[GenerateSerializer, Immutable, Alias("qm.LockoutPolicy")]
public sealed record LockoutPolicy(int LockAfterFailures, TimeSpan FirstLockout, TimeSpan MaxLockout);
