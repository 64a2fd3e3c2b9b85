namespace QualityMap.Silo.Storage;

/// <summary>Durable reminder due times, one per (grain type, key, name).</summary>
public interface IReminderStore
{
    /// <summary>Creates the reminder or moves its due time; durable when the task completes.</summary>
    Task UpsertAsync(ReminderEntry reminder, CancellationToken ct = default);

    /// <summary>Removes the reminder; no error when it does not exist.</summary>
    Task DeleteAsync(string grainType, string key, string name, CancellationToken ct = default);

    /// <summary>Every reminder, earliest due first.</summary>
    Task<IReadOnlyList<ReminderEntry>> ReadAllAsync(CancellationToken ct = default);

    /// <summary>The reminders due at or before <paramref name="until"/>, earliest first (the schedule's look-ahead).</summary>
    Task<IReadOnlyList<ReminderEntry>> ReadDueByAsync(DateTimeOffset until, CancellationToken ct = default);
}
