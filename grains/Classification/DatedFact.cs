namespace QualityMap.Grains.Classification;

/// <summary>A fact that counts from the moment it occurred until its rule's window has passed.</summary>
[GenerateSerializer, Immutable, Alias("qm.DatedFact")]
public sealed record DatedFact(FactKind Kind, string EventId, DateTimeOffset OccurredAt);
