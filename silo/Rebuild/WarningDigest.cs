namespace QualityMap.Silo.Rebuild;

/// <summary>One formal warning in a <see cref="MapDigest"/>; <see cref="History"/> is its actions in order, each with its time.</summary>
public sealed record WarningDigest(string CountyCode, string Level, string Status, string History);
