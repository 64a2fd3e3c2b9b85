namespace QualityMap.Api.Ingestion;

/// <summary>The fields every event kind shares, once they have passed validation.</summary>
internal sealed record EventEnvelope(string EventId, string Uscc, DateTimeOffset OccurredAt);
