using QualityMap.Silo.Storage;

namespace QualityMap.Silo.Integrity;

/// <summary>
/// Recomputes the journal's hash chain (<see cref="JournalHash"/>): every record's hash must recompute from its
/// stored fields, link to its predecessor's hash, and seqs must be contiguous. Verification can start at any
/// seq (incrementally from a checkpoint); an anchor published earlier (seq + hash) pins the record before the
/// start, so a forged tail that was re-hashed end to end is caught too.
/// </summary>
public static class JournalVerifier
{
    /// <param name="journal">The journal to check.</param>
    /// <param name="from">The first seq to check (1 = the whole journal).</param>
    /// <param name="anchorHash">The published hash of record <paramref name="from"/> − 1, when known.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    public static async Task<JournalVerification> VerifyAsync(
        IJournal journal, long from = 1, string? anchorHash = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(journal);
        ArgumentOutOfRangeException.ThrowIfLessThan(from, 1);
        var previousSeq = from - 1;
        string? previousHash = previousSeq == 0 ? JournalHash.Genesis : null;
        long verified = 0;
        string? lastHash = null;
        // Reading from the record before the start gives the link to check the first record against.
        await foreach (var record in journal.ReadAfterAsync(Math.Max(0, from - 2), cancellationToken))
        {
            if (record.Seq < from)
            {
                if (anchorHash is not null && !string.Equals(record.Hash, anchorHash, StringComparison.OrdinalIgnoreCase))
                {
                    return Broken(record.Seq, $"record {record.Seq} no longer has the anchored hash {anchorHash}");
                }
                previousSeq = record.Seq;
                previousHash = record.Hash;
                continue;
            }

            if (record.Seq != previousSeq + 1)
            {
                return Broken(previousSeq + 1, $"record {previousSeq + 1} is missing (the next record is {record.Seq})");
            }

            if (JournalHash.Compute(record) != record.Hash)
            {
                return Broken(record.Seq, $"record {record.Seq} does not match its hash: its content was changed");
            }

            if (previousHash is not null && record.PrevHash != previousHash)
            {
                // The record itself is consistent, so its predecessor is what changed (and was re-hashed).
                return Broken(previousSeq, $"record {previousSeq} does not match the hash its successor {record.Seq} recorded");
            }

            previousSeq = record.Seq;
            previousHash = lastHash = record.Hash;
            verified++;
        }

        if (from > 1 && previousSeq < from - 1)
        {
            return Broken(from - 1, $"record {from - 1}, where verification starts, is missing");
        }

        return new JournalVerification(from, previousSeq, verified, true, null, null, lastHash);

        JournalVerification Broken(long seq, string problem) =>
            new(from, previousSeq, verified, false, seq, problem, lastHash);
    }
}
