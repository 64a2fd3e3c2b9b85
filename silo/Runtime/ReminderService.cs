using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QualityMap.Grains.Runtime;
using QualityMap.Silo.Storage;

namespace QualityMap.Silo.Runtime;

/// <summary>
/// Durable one-shot reminders. A registration is stored before it is acknowledged, so a due time survives a
/// restart; the schedule in memory wakes the grain on its own turn when the injected clock reaches the due time.
/// A delivered reminder is deleted unless the grain registered a new due time meanwhile.
/// </summary>
public sealed class ReminderService(
    IReminderStore store,
    GrainCatalog catalog,
    GrainTypeRegistry registry,
    StateWriteBehind writeBehind,
    TimeProvider time,
    IOptions<GrainRuntimeOptions> options,
    ILogger<ReminderService> logger) : BackgroundService
{
    private static readonly TimeSpan LongestSleep = TimeSpan.FromHours(1);
    private readonly object _lock = new();
    private readonly SortedSet<ScheduledReminder> _schedule = new(ReminderComparer.Instance);
    private readonly Dictionary<(GrainId, string), ScheduledReminder> _byName = [];
    private TaskCompletionSource _wake = NewWake();
    private bool _loaded;
    private long _delivered;
    private long _failedDeliveries;

    public int Pending
    {
        get { lock (_lock) return _schedule.Count; }
    }

    public async Task RegisterAsync(GrainId grain, string name, DateTimeOffset dueAt)
    {
        await store.UpsertAsync(new ReminderEntry(grain.Class.Name, grain.Key, name, dueAt));
        lock (_lock) Schedule(new ScheduledReminder(grain, name, dueAt));
        _wake.TrySetResult();
    }

    public async Task UnregisterAsync(GrainId grain, string name)
    {
        await store.DeleteAsync(grain.Class.Name, grain.Key, name);
        lock (_lock) Unschedule(grain, name);
    }

    /// <summary>Scheduled reminders whose due time has passed: waiting for delivery or for a retry.</summary>
    public int Due
    {
        get
        {
            var now = time.GetUtcNow();
            lock (_lock) return _schedule.TakeWhile(r => r.DueAt <= now).Count();
        }
    }

    /// <summary>Reminders delivered, and deliveries that failed, since start.</summary>
    public long Delivered => Interlocked.Read(ref _delivered);

    public long FailedDeliveries => Interlocked.Read(ref _failedDeliveries);

    public DateTimeOffset? DueAt(GrainId grain, string name)
    {
        lock (_lock) return _byName.TryGetValue((grain, name), out var r) ? r.DueAt : null;
    }

    /// <summary>Loads the stored reminders into the schedule (once; the background loop calls it first).</summary>
    public async Task LoadAsync(CancellationToken cancellationToken = default)
    {
        if (_loaded) return;
        var stored = await store.ReadAllAsync(cancellationToken);
        lock (_lock)
        {
            foreach (var entry in stored)
            {
                // A reminder of a grain class that no longer exists must not keep every other one from loading.
                if (!registry.TryGetByName(entry.GrainType, out var grainClass))
                {
                    logger.LogWarning("Reminder {Name} of {GrainType}/{Key} belongs to no grain class; ignored", entry.Name, entry.GrainType, entry.Key);
                    continue;
                }
                var grain = new GrainId(grainClass, entry.Key);
                if (!_byName.ContainsKey((grain, entry.Name))) Schedule(new ScheduledReminder(grain, entry.Name, entry.DueAt));
            }
            _loaded = true;
        }
        logger.LogInformation("Loaded {Count} pending reminders", stored.Count);
    }

    /// <summary>Delivers every reminder due by the clock's now; returns how many were delivered.</summary>
    public async Task<int> DeliverDueAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        List<ScheduledReminder> due;
        lock (_lock) due = _schedule.TakeWhile(r => r.DueAt <= now).ToList();
        if (due.Count == 0) return 0;
        var delivered = 0;
        await Parallel.ForEachAsync(
            due,
            new ParallelOptions { MaxDegreeOfParallelism = options.Value.ReminderDeliveryConcurrency, CancellationToken = cancellationToken },
            async (reminder, _) =>
            {
                if (await DeliverAsync(reminder)) Interlocked.Increment(ref delivered);
            });
        return delivered;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await LoadAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            var wake = _wake;
            await DeliverDueAsync(stoppingToken);
            var sleep = TimeUntilNextDue();
            if (sleep <= TimeSpan.Zero) continue;
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            await Task.WhenAny(Task.Delay(sleep, time, timeout.Token), wake.Task.WaitAsync(stoppingToken));
            await timeout.CancelAsync();
            if (wake.Task.IsCompleted) Interlocked.CompareExchange(ref _wake, NewWake(), wake);
        }
    }

    private async Task<bool> DeliverAsync(ScheduledReminder reminder)
    {
        try
        {
            // The clean-up runs on the grain's own turn, the only place it registers reminders, so a new due
            // time registered by the grain can never be deleted by a delivery racing with it.
            await catalog.CallAsync(reminder.Grain, async grain =>
            {
                await ((IRemindable)grain).ReceiveReminderAsync(reminder.Name, reminder.DueAt);
                // What a reminder changed is in no journal entry: it is stored before the reminder is deleted.
                if (reminder.Grain.Class.WriteBehind) await writeBehind.FlushAsync();
                if (IsScheduled(reminder)) await UnregisterAsync(reminder.Grain, reminder.Name);
            });
            Interlocked.Increment(ref _delivered);
            return true;
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "Reminder {Name} of {Grain} failed; retrying later", reminder.Name, reminder.Grain);
            Interlocked.Increment(ref _failedDeliveries);
            lock (_lock)
            {
                if (IsScheduled(reminder)) Schedule(reminder with { DueAt = time.GetUtcNow() + options.Value.ReminderRetryDelay });
            }
            return false;
        }
    }

    private bool IsScheduled(ScheduledReminder reminder)
    {
        lock (_lock) return _byName.TryGetValue((reminder.Grain, reminder.Name), out var current) && current == reminder;
    }

    private TimeSpan TimeUntilNextDue()
    {
        lock (_lock)
        {
            if (_schedule.Count == 0) return LongestSleep;
            var until = _schedule.Min!.DueAt - time.GetUtcNow();
            return until < LongestSleep ? until : LongestSleep;
        }
    }

    private void Schedule(ScheduledReminder reminder)
    {
        Unschedule(reminder.Grain, reminder.Name);
        _schedule.Add(reminder);
        _byName[(reminder.Grain, reminder.Name)] = reminder;
    }

    private void Unschedule(GrainId grain, string name)
    {
        if (_byName.Remove((grain, name), out var existing)) _schedule.Remove(existing);
    }

    private static TaskCompletionSource NewWake() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
