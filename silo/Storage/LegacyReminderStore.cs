namespace QualityMap.Silo.Storage;

/// <summary>A due time stored by the version before Orleans: grain class name, grain key, reminder name, instant.</summary>
public sealed record LegacyReminder(string GrainClass, string Key, string Name, DateTimeOffset DueAt);

/// <summary>
/// The <c>reminders</c> table the project's own reminder scheduler kept before the grains moved onto Orleans. It is only
/// read once, to carry its due times over into Orleans' reminder table (<c>Startup/LegacyReminderImport</c>), then emptied.
/// </summary>
internal sealed class LegacyReminderStore(StorageEngine engine)
{
    public Task<IReadOnlyList<LegacyReminder>> ReadAllAsync(CancellationToken ct) =>
        engine.ReadAsync<IReadOnlyList<LegacyReminder>>(async connection =>
        {
            await using var command = connection.CreateCommand(null, "SELECT grain_type, grain_key, name, due_at FROM reminders ORDER BY due_at;");
            await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
            var reminders = new List<LegacyReminder>();
            while (await reader.ReadAsync(ct).ConfigureAwait(false))
            {
                reminders.Add(new LegacyReminder(reader.GetString(0), reader.GetString(1), reader.GetString(2), StorageTime.FromText(reader.GetString(3))));
            }
            return reminders;
        }, ct);

    public Task DeleteAllAsync(CancellationToken ct) => engine.WriteAsync(async context =>
    {
        await using var command = context.CreateCommand("DELETE FROM reminders;");
        await command.ExecuteNonQueryAsync().ConfigureAwait(false);
    }, ct);
}
