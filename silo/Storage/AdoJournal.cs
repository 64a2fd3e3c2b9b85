using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace QualityMap.Silo.Storage;

/// <summary>
/// The journal over plain ADO.NET. seq and the hash chain are computed here, inside the writer's
/// transaction: the single writer makes "read the tail, append after it" race-free, and a
/// rolled-back batch takes its seqs with it, so committed seqs are contiguous.
/// </summary>
internal sealed class AdoJournal(StorageEngine engine, TimeProvider time) : IJournal
{
    // Pages keep memory bounded and never hold a read snapshot while the consumer works.
    private const int PageSize = 500;
    private const string Columns = "seq, event_id, kind, subject, occurred_at, received_at, payload, prev_hash, hash";

    public Task<IReadOnlyList<AppendResult>> AppendAsync(IReadOnlyList<JournalEntry> entries, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(entries);
        // A copy, so a caller mutating its list after the call cannot change what is written.
        var batch = entries.ToArray();
        foreach (var entry in batch)
        {
            ArgumentNullException.ThrowIfNull(entry, nameof(entries));
            ArgumentException.ThrowIfNullOrEmpty(entry.EventId, nameof(entries));
            ArgumentException.ThrowIfNullOrEmpty(entry.Kind, nameof(entries));
            ArgumentNullException.ThrowIfNull(entry.Subject, nameof(entries));
            ArgumentNullException.ThrowIfNull(entry.Payload, nameof(entries));
        }

        return batch.Length == 0
            ? Task.FromResult<IReadOnlyList<AppendResult>>([])
            : engine.WriteAsync(context => AppendInTransactionAsync(context, batch), ct);
    }

    public async IAsyncEnumerable<JournalRecord> ReadAfterAsync(long afterSeq, [EnumeratorCancellation] CancellationToken ct = default)
    {
        // Fixing the end first makes the read finite even while appends continue.
        var last = await LastSeqAsync(ct).ConfigureAwait(false);
        var after = afterSeq;
        while (after < last)
        {
            var page = await ReadPageAsync(after, last, ct).ConfigureAwait(false);
            if (page.Count == 0)
            {
                yield break;
            }

            foreach (var record in page)
            {
                yield return record;
            }

            after = page[^1].Seq;
        }
    }

    public async Task<IReadOnlyDictionary<string, JournalRecord>> FindManyAsync(IReadOnlyCollection<string> eventIds, CancellationToken ct = default)
    {
        var found = new Dictionary<string, JournalRecord>(StringComparer.Ordinal);
        foreach (var chunk in eventIds.Distinct(StringComparer.Ordinal).Chunk(500))
        {
            await engine.ReadAsync(async connection =>
            {
                var names = chunk.Select((_, i) => $"@id{i}").ToArray();
                await using var command = connection.CreateCommand(null, $"SELECT {Columns} FROM journal WHERE event_id IN ({string.Join(", ", names)});");
                for (var i = 0; i < chunk.Length; i++) command.AddParameter(names[i], chunk[i]);
                await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
                while (await reader.ReadAsync(ct).ConfigureAwait(false))
                {
                    var record = ReadRecord(reader);
                    found[record.EventId] = record;
                }
                return 0;
            }, ct).ConfigureAwait(false);
        }
        return found;
    }

    public Task<IReadOnlyList<JournalRecord>> ReadKindAfterAsync(string kind, long afterSeq, int limit, CancellationToken ct = default) =>
        engine.ReadAsync<IReadOnlyList<JournalRecord>>(async connection =>
        {
            await using var command = connection.CreateCommand(
                null, $"SELECT {Columns} FROM journal WHERE kind = @kind AND seq > @after ORDER BY seq LIMIT @limit;");
            command.AddParameter("@kind", kind);
            command.AddParameter("@after", afterSeq);
            command.AddParameter("@limit", limit);
            await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
            var records = new List<JournalRecord>(limit);
            while (await reader.ReadAsync(ct).ConfigureAwait(false)) records.Add(ReadRecord(reader));
            return records;
        }, ct);

    public async Task<JournalRecord?> FindAsync(string eventId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(eventId);
        return await engine.ReadAsync(async connection =>
        {
            await using var command = connection.CreateCommand(null, $"SELECT {Columns} FROM journal WHERE event_id = @eventId;");
            command.AddParameter("@eventId", eventId);
            return await ReadSingleAsync(command, ct).ConfigureAwait(false);
        }, ct).ConfigureAwait(false);
    }

    public async Task<long> LastSeqAsync(CancellationToken ct = default)
    {
        return await engine.ReadAsync(async connection =>
        {
            await using var command = connection.CreateCommand(null, "SELECT COALESCE(MAX(seq), 0) FROM journal;");
            return Convert.ToInt64(await command.ExecuteScalarAsync(ct).ConfigureAwait(false), CultureInfo.InvariantCulture);
        }, ct).ConfigureAwait(false);
    }

    public async Task<IReadOnlyCollection<string>> SubjectsOfKindAsync(string kind, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(kind);
        return await engine.ReadAsync(async connection =>
        {
            await using var command = connection.CreateCommand(null, "SELECT DISTINCT subject FROM journal WHERE kind = @kind ORDER BY subject;");
            command.AddParameter("@kind", kind);
            await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
            var subjects = new List<string>();
            while (await reader.ReadAsync(ct).ConfigureAwait(false))
            {
                subjects.Add(reader.GetString(0));
            }

            return subjects;
        }, ct).ConfigureAwait(false);
    }

    public async Task<bool> HasSubjectOfKindAsync(string kind, string subject, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(subject);
        return await engine.ReadAsync(async connection =>
        {
            await using var command = connection.CreateCommand(null, "SELECT 1 FROM journal WHERE kind = @kind AND subject = @subject LIMIT 1;");
            command.AddParameter("@kind", kind);
            command.AddParameter("@subject", subject);
            return await command.ExecuteScalarAsync(ct).ConfigureAwait(false) is not null;
        }, ct).ConfigureAwait(false);
    }

    /// <summary>Writes records as they are, each of which must continue the stored chain; used to copy a journal.</summary>
    public Task ImportAsync(IReadOnlyList<JournalRecord> records, CancellationToken ct) =>
        engine.WriteAsync(async context =>
        {
            var (seq, prevHash) = await ReadTailAsync(context).ConfigureAwait(false);
            await using var insert = context.CreateCommand(
                $"INSERT INTO journal ({Columns}) VALUES (@seq, @eventId, @kind, @subject, @occurredAt, @receivedAt, @payload, @prevHash, @hash);");
            var parameters = new[] { "@seq", "@eventId", "@kind", "@subject", "@occurredAt", "@receivedAt", "@payload", "@prevHash", "@hash" }
                .Select(name => insert.AddParameter(name, null)).ToArray();
            foreach (var record in records)
            {
                if (record.Seq != seq + 1 || record.PrevHash != prevHash || JournalHash.Compute(record) != record.Hash)
                {
                    throw new InvalidOperationException($"Journal record {record.Seq} does not continue the chain at seq {seq}.");
                }

                object[] values =
                [
                    record.Seq, record.EventId, record.Kind, record.Subject, StorageTime.ToText(record.OccurredAt),
                    StorageTime.ToText(record.ReceivedAt), record.Payload, record.PrevHash, record.Hash,
                ];
                for (var i = 0; i < values.Length; i++)
                {
                    parameters[i].Value = values[i];
                }

                await insert.ExecuteNonQueryAsync().ConfigureAwait(false);
                (seq, prevHash) = (record.Seq, record.Hash);
            }

            return true;
        }, ct);

    private async Task<IReadOnlyList<AppendResult>> AppendInTransactionAsync(WriteContext context, JournalEntry[] entries)
    {
        var (seq, prevHash) = await ReadTailAsync(context).ConfigureAwait(false);
        var receivedAt = StorageTime.Normalize(time.GetUtcNow());

        // Within the transaction this also sees rows inserted earlier in the same call or batch.
        await using var find = context.CreateCommand($"SELECT {Columns} FROM journal WHERE event_id = @eventId;");
        var findEventId = find.AddParameter("@eventId", null);

        await using var insert = context.CreateCommand(
            $"INSERT INTO journal ({Columns}) VALUES (@seq, @eventId, @kind, @subject, @occurredAt, @receivedAt, @payload, @prevHash, @hash);");
        var pSeq = insert.AddParameter("@seq", null);
        var pEventId = insert.AddParameter("@eventId", null);
        var pKind = insert.AddParameter("@kind", null);
        var pSubject = insert.AddParameter("@subject", null);
        var pOccurredAt = insert.AddParameter("@occurredAt", null);
        insert.AddParameter("@receivedAt", StorageTime.ToText(receivedAt));
        var pPayload = insert.AddParameter("@payload", null);
        var pPrevHash = insert.AddParameter("@prevHash", null);
        var pHash = insert.AddParameter("@hash", null);

        var results = new AppendResult[entries.Length];
        for (var i = 0; i < entries.Length; i++)
        {
            var entry = entries[i];
            findEventId.Value = entry.EventId;
            var existing = await ReadSingleAsync(find, CancellationToken.None).ConfigureAwait(false);
            if (existing is not null)
            {
                results[i] = new AppendResult(existing, Duplicate: true);
                continue;
            }

            seq++;
            var occurredAt = StorageTime.Normalize(entry.OccurredAt);
            var hash = JournalHash.Compute(seq, entry.EventId, entry.Kind, entry.Subject, occurredAt, receivedAt, entry.Payload, prevHash);
            pSeq.Value = seq;
            pEventId.Value = entry.EventId;
            pKind.Value = entry.Kind;
            pSubject.Value = entry.Subject;
            pOccurredAt.Value = StorageTime.ToText(occurredAt);
            pPayload.Value = entry.Payload;
            pPrevHash.Value = prevHash;
            pHash.Value = hash;
            await insert.ExecuteNonQueryAsync().ConfigureAwait(false);

            results[i] = new AppendResult(
                new JournalRecord(seq, entry.EventId, entry.Kind, entry.Subject, occurredAt, receivedAt, entry.Payload, prevHash, hash),
                Duplicate: false);
            prevHash = hash;
        }

        return results;
    }

    private static async Task<(long Seq, string Hash)> ReadTailAsync(WriteContext context)
    {
        await context.LockJournalTailAsync();
        await using var command = context.CreateCommand("SELECT seq, hash FROM journal ORDER BY seq DESC LIMIT 1;");
        await using var reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
        return await reader.ReadAsync().ConfigureAwait(false)
            ? (reader.GetInt64(0), reader.GetString(1))
            : (0, JournalHash.Genesis);
    }

    private async Task<List<JournalRecord>> ReadPageAsync(long after, long last, CancellationToken ct)
    {
        return await engine.ReadAsync(async connection =>
        {
            await using var command = connection.CreateCommand(
                null, $"SELECT {Columns} FROM journal WHERE seq > @after AND seq <= @last ORDER BY seq LIMIT @limit;");
            command.AddParameter("@after", after);
            command.AddParameter("@last", last);
            command.AddParameter("@limit", PageSize);
            await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
            var page = new List<JournalRecord>(PageSize);
            while (await reader.ReadAsync(ct).ConfigureAwait(false))
            {
                page.Add(ReadRecord(reader));
            }

            return page;
        }, ct).ConfigureAwait(false);
    }

    private static async Task<JournalRecord?> ReadSingleAsync(DbCommand command, CancellationToken ct)
    {
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        return await reader.ReadAsync(ct).ConfigureAwait(false) ? ReadRecord(reader) : null;
    }

    private static JournalRecord ReadRecord(DbDataReader reader) => new(
        reader.GetInt64(0),
        reader.GetString(1),
        reader.GetString(2),
        reader.GetString(3),
        StorageTime.FromText(reader.GetString(4)),
        StorageTime.FromText(reader.GetString(5)),
        reader.GetString(6),
        reader.GetString(7),
        reader.GetString(8));
}
