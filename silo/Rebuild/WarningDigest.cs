namespace QualityMap.Silo.Rebuild;

/// <summary>One formal warning in a <see cref="MapDigest"/>.</summary>
public sealed record WarningDigest(string CountyCode, string Level, string Status);
