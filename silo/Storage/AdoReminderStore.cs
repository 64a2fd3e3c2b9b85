namespace QualityMap.Silo.Storage;

/// <summary>Reminder due times over plain ADO.NET; writes go through the single writer.</summary>
internal sealed class AdoReminderStore(StorageEngine engine) : IReminderStore
{
    public Task UpsertAsync(ReminderEntry reminder, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        ArgumentException.ThrowIfNullOrEmpty(reminder.GrainType, nameof(reminder));
        ArgumentNullException.ThrowIfNull(reminder.Key, nameof(reminder));
        ArgumentException.ThrowIfNullOrEmpty(reminder.Name, nameof(reminder));
        return engine.WriteAsync(async context =>
        {
            await using var command = context.CreateCommand(
                "INSERT INTO reminders (grain_type, grain_key, name, due_at) VALUES (@type, @key, @name, @dueAt) " +
                "ON CONFLICT (grain_type, grain_key, name) DO UPDATE SET due_at = excluded.due_at;");
            command.AddParameter("@type", reminder.GrainType);
            command.AddParameter("@key", reminder.Key);
            command.AddParameter("@name", reminder.Name);
            command.AddParameter("@dueAt", StorageTime.ToText(reminder.DueAt));
            await command.ExecuteNonQueryAsync().ConfigureAwait(false);
        }, ct);
    }

    public Task DeleteAsync(string grainType, string key, string name, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(grainType);
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(name);
        return engine.WriteAsync(async context =>
        {
            await using var command = context.CreateCommand(
                "DELETE FROM reminders WHERE grain_type = @type AND grain_key = @key AND name = @name;");
            command.AddParameter("@type", grainType);
            command.AddParameter("@key", key);
            command.AddParameter("@name", name);
            await command.ExecuteNonQueryAsync().ConfigureAwait(false);
        }, ct);
    }

    public Task<IReadOnlyList<ReminderEntry>> ReadAllAsync(CancellationToken ct = default) => ReadAsync(null, ct);

    public Task<IReadOnlyList<ReminderEntry>> ReadDueByAsync(DateTimeOffset until, CancellationToken ct = default) => ReadAsync(until, ct);

    private async Task<IReadOnlyList<ReminderEntry>> ReadAsync(DateTimeOffset? until, CancellationToken ct)
    {
        return await engine.ReadAsync(async connection =>
        {
            // Instants are fixed-width UTC text, so comparing the text compares the instants.
            await using var command = connection.CreateCommand(
                null, "SELECT grain_type, grain_key, name, due_at FROM reminders " + (until is null ? "" : "WHERE due_at <= @until ") +
                      "ORDER BY due_at, grain_type, grain_key, name;");
            if (until is { } last) command.AddParameter("@until", StorageTime.ToText(last));
            await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
            var reminders = new List<ReminderEntry>();
            while (await reader.ReadAsync(ct).ConfigureAwait(false))
            {
                reminders.Add(new ReminderEntry(reader.GetString(0), reader.GetString(1), reader.GetString(2), StorageTime.FromText(reader.GetString(3))));
            }

            return reminders;
        }, ct).ConfigureAwait(false);
    }
}
