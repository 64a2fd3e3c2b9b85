
namespace QualityMap.Grains.Identity;

/// <inheritdoc cref="ISignInGuardGrain"/>
[GrainType("sign-in-guard")]
public sealed class SignInGuardGrain(TimeProvider time) : Grain<SignInGuardState>, ISignInGuardGrain
{
    public Task<TimeSpan> LockedForAsync() => Task.FromResult(Remaining());

    public async Task<TimeSpan> FailedAsync(LockoutPolicy policy)
    {
        State.ConsecutiveFailures++;
        var lockout = LockoutRule.After(State.ConsecutiveFailures, policy);
        State.LockedUntil = lockout > TimeSpan.Zero ? time.GetUtcNow() + lockout : null;
        await WriteStateAsync();
        return lockout;
    }

    public async Task SucceededAsync()
    {
        if (State.ConsecutiveFailures == 0 && State.LockedUntil is null) return;
        State.ConsecutiveFailures = 0;
        State.LockedUntil = null;
        await WriteStateAsync();
    }

    private TimeSpan Remaining() =>
        State.LockedUntil is { } until && until > time.GetUtcNow() ? until - time.GetUtcNow() : TimeSpan.Zero;
}
