using System.Globalization;

namespace QualityMap.Silo.Storage;

/// <summary>
/// Counts the rows of Orleans' reminder table for one service, and those whose due time has passed: a one-shot due
/// time is unregistered once handled, so one still there past due is waiting for delivery or for a retry.
/// </summary>
internal sealed class ReminderTableCounter(StorageEngine engine)
{
    public Task<(long Stored, long Due)> CountAsync(string serviceId, DateTimeOffset now, CancellationToken ct) => engine.ReadAsync(async connection =>
    {
        await using var command = connection.CreateCommand(null,
            "SELECT COUNT(*), COALESCE(SUM(CASE WHEN StartTime <= @now THEN 1 ELSE 0 END), 0) FROM OrleansRemindersTable WHERE ServiceId = @service;");
        command.AddParameter("@service", serviceId);
        // Bound as a DateTime, as Orleans' provider binds StartTime, so both databases compare like with like.
        command.AddParameter("@now", now.UtcDateTime);
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        await reader.ReadAsync(ct).ConfigureAwait(false);
        return (Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture), Convert.ToInt64(reader.GetValue(1), CultureInfo.InvariantCulture));
    }, ct);
}
