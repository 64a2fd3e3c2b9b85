using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QualityMap.Grains.Runtime;
using QualityMap.Silo.Storage;

namespace QualityMap.Silo.Runtime;

/// <summary>
/// Durable one-shot reminders. A registration is stored before it is acknowledged, so a due time survives a
/// restart; the schedule in memory wakes the grain on its own turn when the injected clock reaches the due time.
/// A delivered reminder is deleted unless the grain registered a new due time meanwhile. Of the stored reminders
/// only those due within <see cref="GrainRuntimeOptions.ReminderLoadAhead"/> are held in memory (re-read when half
/// of that window has passed), so a start-up does not read and schedule one reminder per enterprise; a reminder
/// that is past due at start-up is in the window and fires as before.
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
    private DateTimeOffset _loadedUntil = DateTimeOffset.MinValue;
    private DateTimeOffset _loadRetryAt = DateTimeOffset.MinValue;
    private HashSet<(GrainId, string)>? _touchedWhileLoading;
    private long _delivered;
    private long _failedDeliveries;

    public int Pending
    {
        get { lock (_lock) return _schedule.Count; }
    }

    public async Task RegisterAsync(GrainId grain, string name, DateTimeOffset dueAt)
    {
        await store.UpsertAsync(new ReminderEntry(grain.Class.Name, grain.Key, name, dueAt));
        lock (_lock)
        {
            _touchedWhileLoading?.Add((grain, name));
            Schedule(new ScheduledReminder(grain, name, dueAt));
        }
        _wake.TrySetResult();
    }

    public async Task UnregisterAsync(GrainId grain, string name)
    {
        await store.DeleteAsync(grain.Class.Name, grain.Key, name);
        lock (_lock)
        {
            _touchedWhileLoading?.Add((grain, name));
            Unschedule(grain, name);
        }
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

    /// <summary>Every stored reminder due by this instant is in the schedule (MinValue until the first load).</summary>
    public DateTimeOffset LoadedUntil
    {
        get { lock (_lock) return _loadedUntil; }
    }

    public DateTimeOffset? DueAt(GrainId grain, string name)
    {
        lock (_lock) return _byName.TryGetValue((grain, name), out var r) ? r.DueAt : null;
    }

    /// <summary>Loads the stored reminders due within the look-ahead into the schedule (once; the background loop calls it first).</summary>
    public async Task LoadAsync(CancellationToken cancellationToken = default)
    {
        if (_loaded) return;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var loaded = await LoadAheadAsync(cancellationToken);
        _loaded = true;
        logger.LogInformation("Start-up phase {Phase}: {Milliseconds} ms (loaded {Count} reminders due by {Until:O})",
            "reminders", clock.ElapsedMilliseconds, loaded, LoadedUntil);
    }

    // Reads the stored reminders due by now + look-ahead and schedules those the schedule does not know. One that
    // was registered, moved, delivered or cancelled while the read ran is left alone: the read may predate that.
    private async Task<int> LoadAheadAsync(CancellationToken cancellationToken)
    {
        var until = time.GetUtcNow() + options.Value.ReminderLoadAhead;
        lock (_lock) _touchedWhileLoading = [];
        try
        {
            var stored = await store.ReadDueByAsync(until, cancellationToken);
            var added = 0;
            lock (_lock)
            {
                foreach (var entry in stored)
                {
                    // A reminder of a grain class that no longer exists must not keep every other one from loading.
                    if (!registry.TryGetByName(entry.GrainType, out var grainClass))
                    {
                        if (!_loaded) logger.LogWarning("Reminder {Name} of {GrainType}/{Key} belongs to no grain class; ignored", entry.Name, entry.GrainType, entry.Key);
                        continue;
                    }
                    var key = (new GrainId(grainClass, entry.Key), entry.Name);
                    if (_byName.ContainsKey(key) || _touchedWhileLoading.Contains(key)) continue;
                    Schedule(new ScheduledReminder(key.Item1, entry.Name, entry.DueAt));
                    added++;
                }
                if (until > _loadedUntil) _loadedUntil = until;
            }
            return added;
        }
        finally
        {
            lock (_lock) _touchedWhileLoading = null;
        }
    }

    // Half of the window: a reminder beyond it is read in at least half a window before it is due. After a failed
    // read (storage down) the next attempt waits for the retry delay instead of spinning.
    private DateTimeOffset NextLoad
    {
        get
        {
            lock (_lock)
            {
                if (_loadedUntil == DateTimeOffset.MinValue) return DateTimeOffset.MinValue;
                var due = _loadedUntil - options.Value.ReminderLoadAhead / 2;
                return due > _loadRetryAt ? due : _loadRetryAt;
            }
        }
    }

    private async Task LoadAheadIfDueAsync(CancellationToken cancellationToken)
    {
        if (!_loaded || time.GetUtcNow() < NextLoad) return;
        try
        {
            var added = await LoadAheadAsync(cancellationToken);
            logger.LogDebug("Read {Count} more reminders due by {Until:O}", added, LoadedUntil);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(exception, "Reading the reminders ahead failed; retrying later");
            lock (_lock) _loadRetryAt = time.GetUtcNow() + options.Value.ReminderRetryDelay;
        }
    }

    /// <summary>Delivers every reminder due by the clock's now; returns how many were delivered.</summary>
    public async Task<int> DeliverDueAsync(CancellationToken cancellationToken = default)
    {
        await LoadAheadIfDueAsync(cancellationToken);
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

    // The loop also wakes when the look-ahead is due to be read again.
    private TimeSpan TimeUntilNextDue()
    {
        var now = time.GetUtcNow();
        var untilLoad = NextLoad - now;
        if (untilLoad <= TimeSpan.Zero) untilLoad = TimeSpan.Zero;
        lock (_lock)
        {
            var sleep = untilLoad < LongestSleep ? untilLoad : LongestSleep;
            if (_schedule.Count == 0) return sleep;
            var until = _schedule.Min!.DueAt - now;
            return until < sleep ? until : sleep;
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
