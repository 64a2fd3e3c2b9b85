using QualityMap.Silo.Cluster;
using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Reminders;
using Orleans.Runtime;
using QualityMap.Tests.OrleansProviders;

namespace QualityMap.Tests.OrleansRuntime;

/// <summary>What <see cref="OrleansClocks"/> leaves each Orleans area on, in a real silo with a manual default clock.</summary>
public sealed class OrleansClockTests(SiloFixture fixture) : IClassFixture<SiloFixture>
{
    [Fact]
    public void OrleansOwnAreasKeepRealTimeAndRemindersAndGrainsFollowTheManualClock()
    {
        var services = fixture.Silo.Services;

        Assert.Same(fixture.Clock, services.GetRequiredService<TimeProvider>());
        Assert.Same(fixture.Clock, services.GetRequiredKeyedService<TimeProvider>(ReminderTimeProviderNames.Reminders));
        Assert.Same(fixture.Clock, services.GetRequiredKeyedService<TimeProvider>(TimeProviderNames.Grains));
        foreach (var area in OrleansClocks.RealTimeAreas)
        {
            Assert.Same(TimeProvider.System, services.GetRequiredKeyedService<TimeProvider>(area));
        }
    }

    [Fact]
    public void EveryCoreAreaOrleansNamesIsPinned()
    {
        // An Orleans upgrade that adds an area would otherwise put it on the manual clock unnoticed.
        var areas = typeof(TimeProviderNames).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!);

        Assert.Equal(
            areas.Order(StringComparer.Ordinal),
            OrleansClocks.RealTimeAreas.Concat(OrleansClocks.ServiceClockAreas).Where(a => a != ReminderTimeProviderNames.Reminders).Order(StringComparer.Ordinal));
    }
}
