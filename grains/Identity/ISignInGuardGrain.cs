
namespace QualityMap.Grains.Identity;

/// <summary>
/// Counts failed sign-ins of one login (<c>login:{id}</c>) or one client address (<c>address:{ip}</c>) and locks it
/// out (<see cref="LockoutRule"/>). A grain, so the count holds for the whole cluster, and it is stored, so a restart
/// does not hand an attacker a fresh set of free guesses.
/// </summary>
public interface ISignInGuardGrain : IGrainWithStringKey
{
    public static string ForLogin(string login) => "login:" + login;

    public static string ForAddress(string address) => "address:" + address;

    /// <summary>How long sign-ins are still refused; zero when a password may be checked now.</summary>
    Task<TimeSpan> LockedForAsync();

    /// <summary>Counts a failure; returns the lock-out it starts (zero for a free failure).</summary>
    Task<TimeSpan> FailedAsync(LockoutPolicy policy);

    /// <summary>A correct password: the count starts again.</summary>
    Task SucceededAsync();
}
