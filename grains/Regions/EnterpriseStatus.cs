namespace QualityMap.Grains.Regions;

/// <summary>
/// What a town needs to know of one enterprise. <see cref="Version"/> grows with every notification of that
/// enterprise, so a repeated or late notification is recognised and ignored.
/// </summary>
[GenerateSerializer, Immutable, Alias("qm.EnterpriseStatus")]
public sealed record EnterpriseStatus(string Uscc, bool Monitored, bool HighRisk, long Version);
