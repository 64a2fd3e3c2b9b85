namespace QualityMap.Silo.Storage;

/// <summary>An input to be journaled; <see cref="EventId"/> is the idempotency key.</summary>
public sealed record JournalEntry(string EventId, string Kind, string Subject, DateTimeOffset OccurredAt, string Payload);
