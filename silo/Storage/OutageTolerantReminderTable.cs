namespace QualityMap.Silo.Storage;

/// <summary>
/// Orleans' ADO.NET reminder table with the grain-state writes' tolerance of a database outage: an operation that fails
/// because the database is unavailable (as the dialect classifies it) is tried again with backoff for up to
/// <see cref="StorageRetry.Window"/>. A grain that sets a due time therefore waits the outage out, as its state write
/// does; failing would leave the journal event it was applying for the next start (the dispatcher counts a failed
/// application against the event, not against the database).
/// </summary>
internal sealed class OutageTolerantReminderTable(IReminderTable inner, IStorageDialect dialect) : IReminderTable
{
    public Task StartAsync(CancellationToken cancellationToken = default) => inner.StartAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken = default) => inner.StopAsync(cancellationToken);

    public Task<ReminderTableData> ReadRows(GrainId grainId) => RetryAsync(() => inner.ReadRows(grainId));

    public Task<ReminderTableData> ReadRows(uint begin, uint end) => RetryAsync(() => inner.ReadRows(begin, end));

    public Task<ReminderEntry?> ReadRow(GrainId grainId, string reminderName) => RetryAsync(() => inner.ReadRow(grainId, reminderName));

    public Task<string?> UpsertRow(ReminderEntry entry) => RetryAsync(() => inner.UpsertRow(entry));

    public Task<bool> RemoveRow(GrainId grainId, string reminderName, string eTag) => RetryAsync(() => inner.RemoveRow(grainId, reminderName, eTag));

    public Task TestOnlyClearTable() => inner.TestOnlyClearTable();

    private Task<T> RetryAsync<T>(Func<Task<T>> operation) => StorageRetry.RunAsync(async () =>
    {
        try
        {
            return await operation();
        }
        catch (Exception error) when (Unavailable(error))
        {
            dialect.OnUnavailable();
            throw new StorageUnavailableException(error);
        }
    });

    private bool Unavailable(Exception error) =>
        dialect.IsUnavailable(error) || (error.InnerException is { } inner && Unavailable(inner));
}
