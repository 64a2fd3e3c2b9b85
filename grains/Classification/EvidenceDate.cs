namespace QualityMap.Grains.Classification;

/// <summary>When the event a reason cites as evidence occurred (a sampling's date, a penalty's decision, a licence revoked).</summary>
[GenerateSerializer, Immutable, Alias("qm.EvidenceDate")]
public sealed record EvidenceDate(string EventId, DateTimeOffset OccurredAt);
