namespace QualityMap.Api.Audit;

/// <summary>
/// The append-only audit journal of sign-ins, account and key changes and key rotations, kept apart from the event
/// journal: a refused sign-in is recorded here, and changes nothing the map is made of.
/// </summary>
public interface IAuditJournal
{
    /// <summary>Records the entry durably before the task completes.</summary>
    Task RecordAsync(AuditEntry entry, CancellationToken ct = default);

    /// <summary>Up to <paramref name="limit"/> records after <paramref name="afterSeq"/>, oldest first.</summary>
    Task<IReadOnlyList<AuditRecord>> ReadAsync(long afterSeq, int limit, CancellationToken ct = default);
}
