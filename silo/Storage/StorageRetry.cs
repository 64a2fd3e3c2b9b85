namespace QualityMap.Silo.Storage;

/// <summary>
/// Grain writes wait out a storage outage instead of failing: a failed write would leave the activation's state
/// ahead of what is stored (the grain already folded the event in), and the event would count as applied. So the
/// write is retried with backoff while the database is unavailable — the grain's mailbox simply stalls, which
/// pushes back on the dispatcher — for up to <see cref="Window"/>, after which the caller gets the fault.
/// </summary>
internal static class StorageRetry
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan FirstDelay = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan LongestDelay = TimeSpan.FromSeconds(2);

    /// <param name="write">The write; called again after a fault.</param>
    /// <param name="landed">After a fault on an earlier try, says whether that try's write landed after all (the
    /// connection may drop after COMMIT reached the server), given the error of the current try.</param>
    public static async Task<T> RunAsync<T>(Func<Task<T>> write, Func<Exception, Task<(bool Landed, T Result)>>? landed = null)
    {
        var deadline = DateTime.UtcNow + Window;
        var delay = FirstDelay;
        var faulted = false;
        while (true)
        {
            try
            {
                return await write();
            }
            catch (Exception error) when (faulted && landed is not null && error is not StorageUnavailableException)
            {
                var (didLand, result) = await landed(error);
                if (didLand) return result;
                throw;
            }
            catch (StorageUnavailableException) when (DateTime.UtcNow < deadline)
            {
                faulted = true;
                await Task.Delay(delay);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, LongestDelay.Ticks));
            }
        }
    }

    public static Task RunAsync(Func<Task> write) => RunAsync(async () =>
    {
        await write();
        return true;
    });
}
