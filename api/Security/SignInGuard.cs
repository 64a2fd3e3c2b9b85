using Microsoft.Extensions.Options;
using QualityMap.Api.RateLimiting;
using QualityMap.Grains.Identity;

namespace QualityMap.Api.Security;

/// <summary>
/// The growing lock-out of sign-ins, per login and per client address (<see cref="ISignInGuardGrain"/>): while
/// either is locked, a password is not even checked.
/// </summary>
public sealed class SignInGuard(IGrainFactory grains, IOptions<RateLimitOptions> options)
{
    /// <summary>What is locked out and for how long; null when the password may be checked.</summary>
    public async Task<(string Field, TimeSpan For)?> LockedAsync(string login, string address)
    {
        var forLogin = await Login(login).LockedForAsync();
        if (forLogin > TimeSpan.Zero) return ("login", forLogin);
        var forAddress = await Address(address).LockedForAsync();
        return forAddress > TimeSpan.Zero ? ("address", forAddress) : null;
    }

    public async Task FailedAsync(string login, string address)
    {
        await Login(login).FailedAsync(options.Value.LoginLockout.Policy);
        await Address(address).FailedAsync(options.Value.AddressLockout.Policy);
    }

    public async Task SucceededAsync(string login, string address)
    {
        await Login(login).SucceededAsync();
        await Address(address).SucceededAsync();
    }

    private ISignInGuardGrain Login(string login) => grains.GetGrain<ISignInGuardGrain>(ISignInGuardGrain.ForLogin(login));

    private ISignInGuardGrain Address(string address) => grains.GetGrain<ISignInGuardGrain>(ISignInGuardGrain.ForAddress(address));
}
