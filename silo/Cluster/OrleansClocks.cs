using Microsoft.Extensions.DependencyInjection;
using Orleans.Reminders;
using Orleans.Runtime;

namespace QualityMap.Silo.Cluster;

/// <summary>
/// Orleans resolves each of its areas' clocks as a keyed <see cref="TimeProvider"/> that falls back to the service's
/// own. The service's clock is the domain's: evidence ages out, deadlines pass and reminders fire by it (tests drive it
/// by hand). Orleans' own machinery — messaging time-outs, membership probes, directory upkeep, idle collection — must
/// run on real time whatever that clock does, or a test clock standing still would stop the cluster. So those areas are
/// pinned to <see cref="TimeProvider.System"/>; grains and reminders keep the service's clock.
/// </summary>
public static class OrleansClocks
{
    /// <summary>Orleans' machinery: always on real time.</summary>
    public static IReadOnlyList<string> RealTimeAreas { get; } =
    [
        TimeProviderNames.Messaging, TimeProviderNames.SystemTimers, TimeProviderNames.Membership,
        TimeProviderNames.ActivationManagement, TimeProviderNames.GrainDirectory,
    ];

    /// <summary>Grains and reminders: on the service's clock.</summary>
    public static IReadOnlyList<string> ServiceClockAreas { get; } = [ReminderTimeProviderNames.Reminders, TimeProviderNames.Grains];

    public static IServiceCollection PinOrleansMachineryToRealTime(this IServiceCollection services)
    {
        foreach (var area in RealTimeAreas) services.AddKeyedSingleton(area, TimeProvider.System);
        foreach (var area in ServiceClockAreas) services.AddKeyedSingleton(area, (sp, _) => sp.GetRequiredService<TimeProvider>());
        return services;
    }
}
