namespace QualityMap.Benchmarks.Scale;

/// <summary>How long seeding took: until every registration was acknowledged, and until every grain had applied it.</summary>
public sealed record SeedResult(int Enterprises, TimeSpan Acknowledged, TimeSpan Applied);
