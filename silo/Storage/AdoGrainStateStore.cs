using Orleans.Storage;
using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace QualityMap.Silo.Storage;

/// <summary>
/// Grain state over plain ADO.NET. The version check is part of the write statement itself
/// (insert-if-absent, or update-where-version), so it stays correct even with more than one
/// writer, as PostgreSQL would allow.
/// </summary>
internal sealed class AdoGrainStateStore(StorageEngine engine, TimeProvider time) : IGrainStateStore
{
    private const int PageSize = 500;

    public async Task<StoredGrainState?> ReadAsync(string grainType, string key, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(grainType);
        ArgumentNullException.ThrowIfNull(key);
        return await engine.ReadAsync(async connection =>
        {
            await using var command = connection.CreateCommand(
                null, "SELECT grain_type, grain_key, version, payload, updated_at FROM grain_state WHERE grain_type = @type AND grain_key = @key;");
            command.AddParameter("@type", grainType);
            command.AddParameter("@key", key);
            await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
            return await reader.ReadAsync(ct).ConfigureAwait(false) ? ReadState(reader) : null;
        }, ct).ConfigureAwait(false);
    }

    public Task<long> WriteAsync(string grainType, string key, string payload, long expectedVersion, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(grainType);
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(payload);
        ArgumentOutOfRangeException.ThrowIfNegative(expectedVersion);
        return engine.WriteStateAsync(new GrainStateWrite(grainType, key, payload, expectedVersion, expectedVersion + 1), WriteAllAsync, ct);
    }

    public Task WriteManyAsync(IReadOnlyList<GrainStateWrite> writes, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(writes);
        if (writes.Count == 0) return Task.CompletedTask;
        return engine.WriteAsync(context => WriteAllAsync(context, writes), ct);
    }

    private async Task WriteAllAsync(WriteContext context, IReadOnlyList<GrainStateWrite> writes)
    {
        var updatedAt = StorageTime.ToText(time.GetUtcNow());
        if (writes.Count > 1 && context.CreateBatch() is { } batch)
        {
            await using (batch) await WriteBatchAsync(context, batch, writes, updatedAt).ConfigureAwait(false);
        }
        else
        {
            await WritePreparedAsync(context, writes, updatedAt).ConfigureAwait(false);
        }
    }

    // PostgreSQL: every statement of the chunk in one round trip; each must have changed exactly its row.
    private static async Task WriteBatchAsync(WriteContext context, DbBatch batch, IReadOnlyList<GrainStateWrite> writes, string updatedAt)
    {
        foreach (var write in writes)
        {
            var command = batch.CreateBatchCommand();
            command.CommandText = write.ExpectedVersion == 0 ? InsertSql : UpdateSql;
            foreach (var (name, value) in Parameters(write, updatedAt))
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                parameter.Value = value;
                command.Parameters.Add(parameter);
            }
            batch.BatchCommands.Add(command);
        }
        await batch.ExecuteNonQueryAsync().ConfigureAwait(false);
        for (var i = 0; i < writes.Count; i++)
        {
            if (batch.BatchCommands[i].RecordsAffected != 1) throw await MismatchAsync(context, writes[i]).ConfigureAwait(false);
        }
    }

    // SQLite: two commands prepared once and rebound per state (the database is in-process: no round trips).
    private static async Task WritePreparedAsync(WriteContext context, IReadOnlyList<GrainStateWrite> writes, string updatedAt)
    {
        await using var insert = context.CreateCommand(InsertSql);
        await using var update = context.CreateCommand(UpdateSql);
        foreach (var write in writes)
        {
            var command = write.ExpectedVersion == 0 ? insert : update;
            if (command.Parameters.Count == 0)
            {
                foreach (var (name, value) in Parameters(write, updatedAt)) command.AddParameter(name, value);
            }
            else
            {
                foreach (var (name, value) in Parameters(write, updatedAt)) command.Parameters[name].Value = value;
            }
            if (await command.ExecuteNonQueryAsync().ConfigureAwait(false) != 1) throw await MismatchAsync(context, write).ConfigureAwait(false);
        }
    }

    private const string InsertSql =
        "INSERT INTO grain_state (grain_type, grain_key, version, payload, updated_at) VALUES (@type, @key, @version, @payload, @updatedAt) ON CONFLICT (grain_type, grain_key) DO NOTHING;";

    private const string UpdateSql =
        "UPDATE grain_state SET version = @version, payload = @payload, updated_at = @updatedAt WHERE grain_type = @type AND grain_key = @key AND version = @expected;";

    private static IEnumerable<(string Name, object Value)> Parameters(GrainStateWrite write, string updatedAt)
    {
        yield return ("@type", write.GrainType);
        yield return ("@key", write.Key);
        yield return ("@version", write.NewVersion);
        yield return ("@payload", write.Payload);
        yield return ("@updatedAt", updatedAt);
        if (write.ExpectedVersion != 0) yield return ("@expected", write.ExpectedVersion);
    }

    private static async Task<InconsistentStateException> MismatchAsync(WriteContext context, GrainStateWrite write) =>
        GrainStateVersion.Mismatch(write.GrainType, write.Key, await StoredVersionAsync(context, write.GrainType, write.Key).ConfigureAwait(false), write.ExpectedVersion);

    private static async Task<long> StoredVersionAsync(WriteContext context, string grainType, string key)
    {
        await using var current = context.CreateCommand("SELECT version FROM grain_state WHERE grain_type = @type AND grain_key = @key;");
        current.AddParameter("@type", grainType);
        current.AddParameter("@key", key);
        var stored = await current.ExecuteScalarAsync().ConfigureAwait(false);
        return stored is null ? 0 : Convert.ToInt64(stored, CultureInfo.InvariantCulture);
    }

    public async IAsyncEnumerable<StoredGrainState> ReadAllAsync(string grainType, [EnumeratorCancellation] CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(grainType);
        string? afterKey = null;
        while (true)
        {
            var page = await ReadPageAsync(grainType, afterKey, ct).ConfigureAwait(false);
            foreach (var state in page)
            {
                yield return state;
            }

            if (page.Count < PageSize)
            {
                yield break;
            }

            afterKey = page[^1].Key;
        }
    }

    private async Task<List<StoredGrainState>> ReadPageAsync(string grainType, string? afterKey, CancellationToken ct)
    {
        return await engine.ReadAsync(async connection =>
        {
            await using var command = connection.CreateCommand(
                null,
                afterKey is null
                    ? "SELECT grain_type, grain_key, version, payload, updated_at FROM grain_state WHERE grain_type = @type ORDER BY grain_key LIMIT @limit;"
                    : "SELECT grain_type, grain_key, version, payload, updated_at FROM grain_state WHERE grain_type = @type AND grain_key > @after ORDER BY grain_key LIMIT @limit;");
            command.AddParameter("@type", grainType);
            command.AddParameter("@limit", PageSize);
            if (afterKey is not null)
            {
                command.AddParameter("@after", afterKey);
            }

            await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
            var page = new List<StoredGrainState>(PageSize);
            while (await reader.ReadAsync(ct).ConfigureAwait(false))
            {
                page.Add(ReadState(reader));
            }

            return page;
        }, ct).ConfigureAwait(false);
    }

    private static StoredGrainState ReadState(DbDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.GetInt64(2),
        reader.GetString(3),
        StorageTime.FromText(reader.GetString(4)));
}
