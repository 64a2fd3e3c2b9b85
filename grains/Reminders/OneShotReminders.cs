using Orleans.Runtime;

namespace QualityMap.Grains.Reminders;

/// <summary>
/// The grains' due times (evidence ageing out, warning deadlines, alert re-sends, digests) happen once, while Orleans
/// reminders are periodic and durable. A due time is a reminder whose first tick is the due time; the grain handles
/// the tick through <see cref="DeliveredAsync"/>, which unregisters it unless the handler set a new due time under the
/// same name. The period is only the retry interval: a tick whose handler failed comes again one period later.
/// </summary>
/// <remarks>Grain turns are not interleaved, so the set of names registered during the current tick needs no lock.</remarks>
public sealed class OneShotReminders(Grain grain, TimeProvider time)
{
    /// <summary>Orleans' smallest reminder period (<c>ReminderOptions.MinimumReminderPeriod</c>'s default).</summary>
    public static readonly TimeSpan RetryPeriod = TimeSpan.FromMinutes(1);

    private readonly HashSet<string> _setDuringTick = new(StringComparer.Ordinal);

    /// <summary>Stores the due time before it returns; a due time already past fires at once.</summary>
    public Task SetAsync(string name, DateTimeOffset dueAt)
    {
        _setDuringTick.Add(name);
        var dueIn = dueAt - time.GetUtcNow();
        return grain.RegisterOrUpdateReminder(name, dueIn > TimeSpan.Zero ? dueIn : TimeSpan.Zero, RetryPeriod);
    }

    public async Task ClearAsync(string name)
    {
        _setDuringTick.Remove(name);
        if (await grain.GetReminder(name) is { } reminder) await grain.UnregisterReminder(reminder);
    }

    /// <summary>
    /// Runs <paramref name="handle"/> with the due time the reminder was set for, then unregisters the reminder unless
    /// the handler set it again. When the handler throws, the reminder stays and ticks again after <see cref="RetryPeriod"/>.
    /// </summary>
    public async Task DeliveredAsync(string name, TickStatus status, Func<string, DateTimeOffset, Task> handle)
    {
        _setDuringTick.Remove(name);
        await handle(name, new DateTimeOffset(DateTime.SpecifyKind(status.FirstTickTime, DateTimeKind.Utc)));
        if (_setDuringTick.Remove(name)) return;
        if (await grain.GetReminder(name) is { } reminder) await grain.UnregisterReminder(reminder);
    }
}
