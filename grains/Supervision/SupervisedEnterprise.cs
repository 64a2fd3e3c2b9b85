using QualityMap.Grains.Classification;
using QualityMap.Grains.Events;

namespace QualityMap.Grains.Supervision;

/// <summary>What the enterprise grain tells its supervision grain after every applied event or review.</summary>
[GenerateSerializer, Immutable, Alias("qm.SupervisedEnterprise")]
public sealed record SupervisedEnterprise(string Uscc, string Name, string? TownCode, bool Monitored, RiskClass RiskClass, IReadOnlyList<ProductLine> Products);
