namespace QualityMap.Tests;

/// <summary>
/// Orleans' reminder service's view of a <see cref="ManualTimeProvider"/>. Before it delivers a tick that is already due
/// (a due time reached while the reminder was being loaded, or one set for "now") it waits a token 1 ms on its clock and
/// then until that clock has passed the moment, which a clock that only moves when told never does. Here such a wait
/// passes at once and this view runs ahead of the manual clock by the waits it passed (microseconds' worth in a test),
/// so the domain's clock never moves by itself; every instant the reminder service computes is in this one view, so
/// due times keep their distance to "now".
/// </summary>
public sealed class ReminderClock(ManualTimeProvider clock) : TimeProvider
{
    private static readonly TimeSpan TokenWait = TimeSpan.FromMilliseconds(1);

    private long _aheadTicks;

    public override DateTimeOffset GetUtcNow() => clock.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref _aheadTicks));

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (dueTime <= TimeSpan.Zero || dueTime > TokenWait) return clock.CreateTimer(callback, state, dueTime, period);
        Interlocked.Add(ref _aheadTicks, dueTime.Ticks);
        return clock.CreateTimer(callback, state, TimeSpan.Zero, period);
    }
}
