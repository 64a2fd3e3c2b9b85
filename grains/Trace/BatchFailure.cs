namespace QualityMap.Grains.Trace;

/// <summary>
/// A failed sampling (监督抽查) or re-inspection that named the batch: the evidence behind its 不合格 banner.
/// </summary>
[GenerateSerializer, Immutable, Alias("qm.BatchFailure")]
public sealed record BatchFailure(string EventId, string Kind, DateTimeOffset OccurredAt);
