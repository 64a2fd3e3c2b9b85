namespace QualityMap.Grains.Trace;

/// <summary>The recall of a batch: the event that declared it, its document number and why.</summary>
[GenerateSerializer, Immutable, Alias("qm.BatchRecall")]
public sealed record BatchRecall(string EventId, string DocumentNo, string? Reason, DateTimeOffset DeclaredAt);
