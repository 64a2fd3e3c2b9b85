namespace QualityMap.Silo.Storage;

/// <summary>A grain's persisted state; <see cref="Version"/> is its ETag (1 after the first write).</summary>
public sealed record StoredGrainState(string GrainType, string Key, long Version, string Payload, DateTimeOffset UpdatedAt);
