namespace QualityMap.Grains.Runtime;

/// <summary>A grain's stored state with the version it was stored at (the ETag).</summary>
public sealed record PersistedState<TState>(TState State, long Version);
