using System.Globalization;

namespace QualityMap.Silo.Storage;

/// <summary>Named journal positions over plain ADO.NET; writes go through the single writer.</summary>
internal sealed class AdoCheckpointStore(StorageEngine engine) : ICheckpointStore
{
    public async Task<long> ReadAsync(string name, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        return await engine.ReadAsync(async connection =>
        {
            await using var command = connection.CreateCommand(null, "SELECT seq FROM checkpoints WHERE name = @name;");
            command.AddParameter("@name", name);
            var seq = await command.ExecuteScalarAsync(ct).ConfigureAwait(false);
            return seq is null ? 0 : Convert.ToInt64(seq, CultureInfo.InvariantCulture);
        }, ct).ConfigureAwait(false);
    }

    public Task WriteAsync(string name, long seq, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentOutOfRangeException.ThrowIfNegative(seq);
        return engine.WriteAsync(async context =>
        {
            await using var command = context.CreateCommand(
                "INSERT INTO checkpoints (name, seq) VALUES (@name, @seq) ON CONFLICT (name) DO UPDATE SET seq = excluded.seq;");
            command.AddParameter("@name", name);
            command.AddParameter("@seq", seq);
            await command.ExecuteNonQueryAsync().ConfigureAwait(false);
        }, ct);
    }
}
