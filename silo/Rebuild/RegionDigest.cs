namespace QualityMap.Silo.Rebuild;

/// <summary>One region in a <see cref="MapDigest"/>: colour and counts, descendants included.</summary>
public sealed record RegionDigest(string Colour, int HighRisk, int Monitored);
