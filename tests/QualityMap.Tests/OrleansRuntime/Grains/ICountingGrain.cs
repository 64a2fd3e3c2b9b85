using Orleans;

namespace QualityMap.Tests.OrleansRuntime.Grains;

/// <summary>A persisted counter that reports its activations and deactivations to <see cref="Signals"/>.</summary>
public interface ICountingGrain : IGrainWithStringKey
{
    Task<int> AddAsync(int amount);

    /// <summary>The stored total and which activation (1, 2, …) of this key answered.</summary>
    Task<(int Total, int Activation)> GetAsync();
}

/// <summary>Collected when idle, like almost every grain.</summary>
public interface IIdleGrain : ICountingGrain;

/// <summary>Marked to stay in memory, like the region grains.</summary>
public interface IPinnedGrain : ICountingGrain;
