using Microsoft.Extensions.DependencyInjection;
using Orleans.Reminders;
using Orleans.Runtime;

namespace QualityMap.Tests.OrleansProviders;

/// <summary>
/// Which clock each Orleans area runs on. Orleans 10.4 resolves every area's clock as a keyed TimeProvider and
/// falls back, through a catch-all registration, to the unkeyed default. The project replaces that default (a
/// ManualTimeProvider in tests), so Orleans' own machinery (membership probes, messaging timeouts, activation
/// collection, directory upkeep) would stop whenever the manual clock stands still. Keyed registrations win over
/// the catch-all, so each of those areas is pinned to the system clock here, and only the areas the project's
/// logic depends on, reminders and grain timers, follow the given clock.
/// </summary>
/// <remarks>Lives in the tests until the silo moves onto Orleans; the silo will call it with its own clock.</remarks>
public static class OrleansClock
{
    /// <summary>The core areas that must keep real time whatever the default clock is.</summary>
    public static IReadOnlyList<string> SystemClockAreas { get; } =
    [
        TimeProviderNames.Messaging,
        TimeProviderNames.SystemTimers,
        TimeProviderNames.Membership,
        TimeProviderNames.ActivationManagement,
        TimeProviderNames.GrainDirectory,
    ];

    /// <summary>The areas that follow the project's clock: reminder due times and grain timers.</summary>
    public static IReadOnlyList<string> ProjectClockAreas { get; } =
    [
        ReminderTimeProviderNames.Reminders,
        TimeProviderNames.Grains,
    ];

    public static IServiceCollection PinOrleansTimersToSystemClock(IServiceCollection services, TimeProvider remindersAndGrains)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(remindersAndGrains);
        foreach (var area in SystemClockAreas)
        {
            services.AddKeyedSingleton(area, TimeProvider.System);
        }

        foreach (var area in ProjectClockAreas)
        {
            services.AddKeyedSingleton(area, remindersAndGrains);
        }

        return services;
    }
}
