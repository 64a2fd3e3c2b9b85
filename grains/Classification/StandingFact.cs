namespace QualityMap.Grains.Classification;

/// <summary>A fact that holds until a later event changes it (licence standing, dishonesty listing).</summary>
[GenerateSerializer, Immutable, Alias("qm.StandingFact")]
public sealed record StandingFact<TValue>(TValue Value, string EventId, DateTimeOffset OccurredAt);
