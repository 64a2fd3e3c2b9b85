using QualityMap.Grains.Events;
using QualityMap.Silo.Demo;

namespace QualityMap.Tests.Demo;

/// <summary>What a stepped run of the live demo sent and how the map moved meanwhile.</summary>
internal sealed class DemoSimulationRun(DemoFleet fleet, double target)
{
    public DemoFleet Fleet { get; } = fleet;

    public double Target { get; } = target;

    public List<EnterpriseEvent> Events { get; } = [];

    public double MinShare { get; set; } = target;

    public double MaxShare { get; set; } = target;

    public double EndShare { get; set; }

    public DateTimeOffset End { get; set; }

    public int Ups { get; set; }

    public int Downs { get; set; }

    public int TownColourChanges { get; set; }

    public int CountyColourChanges { get; set; }

    public int EndCountyColours { get; set; }
}
