namespace QualityMap.Silo.Storage;

/// <summary>
/// Outcome of one appended entry. When <paramref name="Duplicate"/> is true the event id was
/// already journaled and <paramref name="Record"/> is the existing record, not the new entry.
/// </summary>
public sealed record AppendResult(JournalRecord Record, bool Duplicate);
