namespace QualityMap.Silo.Storage;

/// <summary>The append-only, hash-chained journal of every input.</summary>
public interface IJournal
{
    /// <summary>
    /// Appends in order, in ONE durable transaction, committed before the task completes. Entries
    /// whose EventId already exists (in the store or earlier in the same call) are not written
    /// again and come back with Duplicate = true. Cancellation is honoured only until the write
    /// starts; after that the append completes.
    /// </summary>
    Task<IReadOnlyList<AppendResult>> AppendAsync(IReadOnlyList<JournalEntry> entries, CancellationToken ct = default);

    /// <summary>Records with seq greater than <paramref name="afterSeq"/>, ascending, up to the last seq committed when the call started; streamed page by page.</summary>
    IAsyncEnumerable<JournalRecord> ReadAfterAsync(long afterSeq, CancellationToken ct = default);

    /// <summary>The record journaled under <paramref name="eventId"/>, or null.</summary>
    Task<JournalRecord?> FindAsync(string eventId, CancellationToken ct = default);

    /// <summary>The records of those of <paramref name="eventIds"/> that are journaled, by event id (one query per 500 ids).</summary>
    Task<IReadOnlyDictionary<string, JournalRecord>> FindManyAsync(IReadOnlyCollection<string> eventIds, CancellationToken ct = default);

    /// <summary>Up to <paramref name="limit"/> records of one kind after <paramref name="afterSeq"/>, in journal order.</summary>
    Task<IReadOnlyList<JournalRecord>> ReadKindAfterAsync(string kind, long afterSeq, int limit, CancellationToken ct = default);

    /// <summary>The highest committed seq; 0 when the journal is empty.</summary>
    Task<long> LastSeqAsync(CancellationToken ct = default);

    /// <summary>Distinct subjects of the records of one kind, e.g. all registered enterprises.</summary>
    Task<IReadOnlyCollection<string>> SubjectsOfKindAsync(string kind, CancellationToken ct = default);

    /// <summary>True when some record of this kind has this subject.</summary>
    Task<bool> HasSubjectOfKindAsync(string kind, string subject, CancellationToken ct = default);
}
