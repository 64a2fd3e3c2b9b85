namespace QualityMap.Tests;

/// <summary>
/// A clock that only moves when a test says so, with timers that fire as it passes their due time (the
/// Microsoft.Extensions.TimeProvider.Testing package does not restore here). Timer callbacks run on the
/// thread pool, as real timers do.
/// </summary>
public sealed class ManualTimeProvider(DateTimeOffset start) : TimeProvider
{
    private readonly object _lock = new();
    private readonly List<ManualTimer> _timers = [];
    private DateTimeOffset _now = start;

    public ManualTimeProvider() : this(new DateTimeOffset(2026, 11, 20, 8, 0, 0, TimeSpan.Zero))
    {
    }

    private ReminderClock? _reminders;

    /// <summary>Orleans' reminder service's view of this clock, one per clock so it carries over a restart.</summary>
    public ReminderClock Reminders
    {
        get
        {
            lock (_lock) return _reminders ??= new ReminderClock(this);
        }
    }

    public override DateTimeOffset GetUtcNow()
    {
        lock (_lock) return _now;
    }

    public void Advance(TimeSpan by) => SetUtcNow(GetUtcNow() + by);

    public void SetUtcNow(DateTimeOffset now)
    {
        List<ManualTimer> due;
        lock (_lock)
        {
            if (now < _now) throw new InvalidOperationException("Time does not go backwards.");
            _now = now;
            due = [.. _timers.Where(t => t.DueAt <= now)];
        }
        foreach (var timer in due) timer.Fire(now);
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ManualTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    private sealed class ManualTimer(ManualTimeProvider clock, TimerCallback callback, object? state) : ITimer
    {
        private TimeSpan _period;

        public DateTimeOffset DueAt { get; private set; } = DateTimeOffset.MaxValue;

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            lock (clock._lock)
            {
                _period = period;
                DueAt = dueTime == Timeout.InfiniteTimeSpan ? DateTimeOffset.MaxValue : clock._now + dueTime;
                if (!clock._timers.Contains(this)) clock._timers.Add(this);
            }
            if (dueTime == TimeSpan.Zero) Fire(clock.GetUtcNow());
            return true;
        }

        public void Fire(DateTimeOffset now)
        {
            lock (clock._lock)
            {
                if (DueAt > now) return;
                DueAt = _period is { Ticks: > 0 } p && p != Timeout.InfiniteTimeSpan ? now + p : DateTimeOffset.MaxValue;
            }
            ThreadPool.QueueUserWorkItem(_ => callback(state));
        }

        public void Dispose()
        {
            lock (clock._lock) clock._timers.Remove(this);
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
