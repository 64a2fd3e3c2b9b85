namespace QualityMap.Tests.Runtime;

/// <summary>
/// The <see cref="ManualTimeProvider"/> as the runtime sees it, plus a view of the timers it armed. A test that
/// drives a background loop must not move the clock while the loop is between "how long do I sleep?" and
/// "arm the timer", or the timer lands late; <see cref="WaitForParkedTimerAsync"/> waits until the loop sleeps.
/// </summary>
public sealed class TimerWatchingClock(ManualTimeProvider clock) : TimeProvider
{
    private readonly object _lock = new();
    private readonly HashSet<WatchedTimer> _armed = [];

    public override DateTimeOffset GetUtcNow() => clock.GetUtcNow();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var watched = new WatchedTimer(this);
        watched.Inner = clock.CreateTimer(callback, state, dueTime, period);
        watched.Arm(dueTime);
        return watched;
    }

    /// <summary>
    /// Waits until one timer due within (now, <paramref name="dueBy"/>] has stayed armed for a while: the loop that
    /// armed it is asleep on it, so moving the clock past <paramref name="dueBy"/> wakes it.
    /// </summary>
    public async Task WaitForParkedTimerAsync(DateTimeOffset dueBy)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        WatchedTimer? seen = null;
        var seenAt = DateTime.MinValue;
        while (DateTime.UtcNow < deadline)
        {
            var now = GetUtcNow();
            WatchedTimer? candidate;
            lock (_lock) candidate = _armed.FirstOrDefault(t => t.DueAt > now && t.DueAt <= dueBy);
            if (candidate is null)
            {
                seen = null;
            }
            else if (candidate != seen)
            {
                seen = candidate;
                seenAt = DateTime.UtcNow;
            }
            else if (DateTime.UtcNow - seenAt > TimeSpan.FromMilliseconds(30))
            {
                return;
            }
            await Task.Delay(5);
        }
        throw new TimeoutException($"No timer due by {dueBy:O} stayed armed.");
    }

    private sealed class WatchedTimer(TimerWatchingClock owner) : ITimer
    {
        public ITimer Inner { get; set; } = null!;

        public DateTimeOffset DueAt { get; private set; } = DateTimeOffset.MaxValue;

        public void Arm(TimeSpan dueTime)
        {
            lock (owner._lock)
            {
                DueAt = dueTime == Timeout.InfiniteTimeSpan ? DateTimeOffset.MaxValue : owner.GetUtcNow() + dueTime;
                owner._armed.Add(this);
            }
        }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            Arm(dueTime);
            return Inner.Change(dueTime, period);
        }

        public void Dispose()
        {
            lock (owner._lock) owner._armed.Remove(this);
            Inner.Dispose();
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
