using System.Data.Common;
using System.Globalization;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace QualityMap.Silo.Storage;

/// <summary>
/// Orleans' reminder table on the embedded SQLite database, written through the journal's single writer. SQLite has
/// one write lock: Orleans' ADO.NET provider opens a connection and commits a transaction per reminder write, which
/// waits on the journal's writer and costs an fsync each (the demo's 3,300 enterprises took 10.8 s to seed with it,
/// 5.9 s without reminder writes). Here every reminder write queued while the writer commits goes into its next
/// transaction, with the events and grain states. The rows and their meaning are those of the provider's SQLite
/// queries (migration 0004: the table, the int-cast ring hash, the version as ETag), so the provider could read them.
/// On PostgreSQL the service uses Orleans' provider itself.
/// </summary>
internal sealed class SqliteReminderTable(StorageEngine engine, IOptions<ClusterOptions> cluster) : IReminderTable
{
    private const string Columns = "GrainId, ReminderName, StartTime, Period, Version";

    private string ServiceId => cluster.Value.ServiceId;

    public Task<ReminderTableData> ReadRows(GrainId grainId) => ReadAsync(
        $"SELECT {Columns} FROM OrleansRemindersTable WHERE ServiceId = @service AND GrainId = @grain;",
        command => command.AddParameter("@grain", grainId.ToString()));

    // The ring range (begin, end] compares hashes as Orleans' provider stores them, cast to int; it wraps when begin ≥ end.
    public Task<ReminderTableData> ReadRows(uint begin, uint end) => ReadAsync(
        (int)begin < (int)end
            ? $"SELECT {Columns} FROM OrleansRemindersTable WHERE ServiceId = @service AND GrainHash > @begin AND GrainHash <= @end;"
            : $"SELECT {Columns} FROM OrleansRemindersTable WHERE ServiceId = @service AND (GrainHash > @begin OR GrainHash <= @end);",
        command =>
        {
            command.AddParameter("@begin", (int)begin);
            command.AddParameter("@end", (int)end);
        });

    public async Task<ReminderEntry?> ReadRow(GrainId grainId, string reminderName) => (await ReadAsync(
        $"SELECT {Columns} FROM OrleansRemindersTable WHERE ServiceId = @service AND GrainId = @grain AND ReminderName = @name;",
        command =>
        {
            command.AddParameter("@grain", grainId.ToString());
            command.AddParameter("@name", reminderName);
        })).Reminders.SingleOrDefault();

    public Task<string?> UpsertRow(ReminderEntry entry) => StorageRetry.RunAsync(() => engine.WriteAsync<string?>(async context =>
    {
        await using var command = context.CreateCommand(
            "INSERT INTO OrleansRemindersTable (ServiceId, GrainId, ReminderName, StartTime, Period, GrainHash, Version) " +
            "VALUES (@service, @grain, @name, @start, @period, @hash, 0) " +
            "ON CONFLICT (ServiceId, GrainId, ReminderName) DO UPDATE SET StartTime = excluded.StartTime, Period = excluded.Period, " +
            "GrainHash = excluded.GrainHash, Version = Version + 1 RETURNING Version;");
        command.AddParameter("@service", ServiceId);
        command.AddParameter("@grain", entry.GrainId.ToString());
        command.AddParameter("@name", entry.ReminderName);
        command.AddParameter("@start", DateTime.SpecifyKind(entry.StartAt, DateTimeKind.Utc));
        command.AddParameter("@period", (long)entry.Period.TotalMilliseconds);
        command.AddParameter("@hash", (int)entry.GrainId.GetUniformHashCode());
        return Convert.ToString(await command.ExecuteScalarAsync().ConfigureAwait(false), CultureInfo.InvariantCulture);
    }, CancellationToken.None));

    public Task<bool> RemoveRow(GrainId grainId, string reminderName, string eTag) => StorageRetry.RunAsync(() => engine.WriteAsync(async context =>
    {
        await using var command = context.CreateCommand(
            "DELETE FROM OrleansRemindersTable WHERE ServiceId = @service AND GrainId = @grain AND ReminderName = @name AND Version = @version;");
        command.AddParameter("@service", ServiceId);
        command.AddParameter("@grain", grainId.ToString());
        command.AddParameter("@name", reminderName);
        command.AddParameter("@version", long.Parse(eTag, CultureInfo.InvariantCulture));
        return await command.ExecuteNonQueryAsync().ConfigureAwait(false) > 0;
    }, CancellationToken.None));

    public Task TestOnlyClearTable() => engine.WriteAsync(async context =>
    {
        await using var command = context.CreateCommand("DELETE FROM OrleansRemindersTable WHERE ServiceId = @service;");
        command.AddParameter("@service", ServiceId);
        await command.ExecuteNonQueryAsync().ConfigureAwait(false);
    }, CancellationToken.None);

    private Task<ReminderTableData> ReadAsync(string sql, Action<DbCommand> bind) => StorageRetry.RunAsync(() => engine.ReadAsync(async connection =>
    {
        await using var command = connection.CreateCommand(null, sql);
        command.AddParameter("@service", ServiceId);
        bind(command);
        await using var reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
        var entries = new List<ReminderEntry>();
        while (await reader.ReadAsync().ConfigureAwait(false))
        {
            entries.Add(new ReminderEntry
            {
                GrainId = GrainId.Parse(reader.GetString(0)),
                ReminderName = reader.GetString(1),
                StartAt = DateTime.SpecifyKind(reader.GetDateTime(2), DateTimeKind.Utc),
                Period = TimeSpan.FromMilliseconds(reader.GetInt64(3)),
                ETag = reader.GetInt64(4).ToString(CultureInfo.InvariantCulture),
            });
        }
        return new ReminderTableData(entries);
    }, CancellationToken.None));
}
