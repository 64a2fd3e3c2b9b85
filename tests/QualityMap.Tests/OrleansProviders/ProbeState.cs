using Orleans;

namespace QualityMap.Tests.OrleansProviders;

[GenerateSerializer]
public sealed class ProbeState
{
    [Id(0)]
    public int Total { get; set; }
}
