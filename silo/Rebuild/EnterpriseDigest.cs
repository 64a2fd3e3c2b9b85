namespace QualityMap.Silo.Rebuild;

/// <summary>One enterprise in a <see cref="MapDigest"/>.</summary>
public sealed record EnterpriseDigest(string? TownCode, bool Monitored, string Class, string Reasons, long LastAppliedSeq);
