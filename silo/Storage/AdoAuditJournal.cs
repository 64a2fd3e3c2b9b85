using System.Data.Common;
using System.Globalization;
using QualityMap.Api.Audit;

namespace QualityMap.Silo.Storage;

/// <summary>The audit journal in the table <c>audit</c>; appends go through the single writer, durable before they return.</summary>
internal sealed class AdoAuditJournal(StorageEngine engine, TimeProvider time) : IAuditJournal
{
    public Task RecordAsync(AuditEntry entry, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var at = time.GetUtcNow();
        return engine.WriteAsync(async context =>
        {
            await using var command = context.CreateCommand(
                "INSERT INTO audit (at, action, actor, subject, outcome, address, detail) VALUES (@at, @action, @actor, @subject, @outcome, @address, @detail);");
            command.AddParameter("@at", StorageTime.ToText(at));
            command.AddParameter("@action", entry.Action);
            command.AddParameter("@actor", entry.Actor);
            command.AddParameter("@subject", entry.Subject);
            command.AddParameter("@outcome", entry.Outcome);
            command.AddParameter("@address", entry.Address);
            command.AddParameter("@detail", entry.Detail);
            await command.ExecuteNonQueryAsync().ConfigureAwait(false);
        }, ct);
    }

    public Task<IReadOnlyList<AuditRecord>> ReadAsync(long afterSeq, int limit, CancellationToken ct = default) =>
        engine.ReadAsync<IReadOnlyList<AuditRecord>>(async connection =>
        {
            await using var command = connection.CreateCommand(null,
                "SELECT seq, at, action, actor, subject, outcome, address, detail FROM audit WHERE seq > @after ORDER BY seq LIMIT @limit;");
            command.AddParameter("@after", afterSeq);
            command.AddParameter("@limit", limit);
            await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
            var records = new List<AuditRecord>();
            while (await reader.ReadAsync(ct).ConfigureAwait(false))
            {
                records.Add(new AuditRecord(
                    Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture), StorageTime.FromText(reader.GetString(1)),
                    reader.GetString(2), reader.GetString(3), Text(reader, 4), reader.GetString(5), reader.GetString(6), Text(reader, 7)));
            }
            return records;
        }, ct);

    private static string? Text(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
