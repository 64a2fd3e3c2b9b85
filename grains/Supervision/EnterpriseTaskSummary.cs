namespace QualityMap.Grains.Supervision;

/// <summary>What a county keeps of one enterprise: whether it counts as high-risk under the scheme, and its tasks.</summary>
[GenerateSerializer, Immutable, Alias("qm.EnterpriseTaskSummary")]
public sealed record EnterpriseTaskSummary(string Uscc, bool HighRisk, bool Monitored, IReadOnlyList<SupervisionTask> Tasks);
