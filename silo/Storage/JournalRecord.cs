namespace QualityMap.Silo.Storage;

/// <summary>
/// A journaled input as stored. Times are UTC instants (offset zero) whatever offset the entry
/// carried; <see cref="Hash"/> is <see cref="JournalHash.Compute(JournalRecord)"/>.
/// </summary>
public sealed record JournalRecord(
    long Seq,
    string EventId,
    string Kind,
    string Subject,
    DateTimeOffset OccurredAt,
    DateTimeOffset ReceivedAt,
    string Payload,
    string PrevHash,
    string Hash);
