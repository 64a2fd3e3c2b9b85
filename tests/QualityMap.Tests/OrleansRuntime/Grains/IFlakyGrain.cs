using Orleans;

namespace QualityMap.Tests.OrleansRuntime.Grains;

public interface IFlakyGrain : IGrainWithStringKey
{
    /// <summary>Which activation (1, 2, …) of this key answered.</summary>
    Task<int> PingAsync();
}
