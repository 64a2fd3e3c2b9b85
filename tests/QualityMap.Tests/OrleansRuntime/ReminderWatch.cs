using System.Collections.Concurrent;
using Orleans.Reminders.Diagnostics;
using Orleans.Runtime;
using QualityMap.Tests.OrleansProviders;

namespace QualityMap.Tests.OrleansRuntime;

/// <summary>
/// Listens to Orleans' reminder diagnostics (public in 10.4 "for simulation testing") for one grain. A test must
/// not move the manual clock before the reminder's wait is armed on it: a due time already passed when the wait
/// is armed becomes a 1 ms wait on the manual clock, which only a further Advance would end.
/// </summary>
public sealed class ReminderWatch : IObserver<ReminderEvents.ReminderEvent>, IDisposable
{
    private readonly GrainId _grain;
    private readonly ConcurrentQueue<ReminderEvents.ReminderEvent> _events = new();
    private readonly IDisposable _subscription;

    public ReminderWatch(GrainId grain)
    {
        _grain = grain;
        _subscription = ReminderEvents.AllEvents.Subscribe(this);
    }

    /// <summary>Waits until a silo armed this grain's reminder on its clock; answers that silo.</summary>
    public async Task<SiloAddress> ArmedAsync(Func<SiloAddress, bool>? on = null, int seconds = 20)
    {
        SiloAddress? silo = null;
        await Poll.UntilAsync(
            () => (silo = _events.OfType<ReminderEvents.LocalReminderTickWaitArmed>()
                .Select(e => e.SiloAddress)
                .FirstOrDefault(s => s is not null && (on is null || on(s)))) is not null,
            "the reminder's wait is armed on the reminder clock",
            seconds);
        return silo!;
    }

    /// <summary>What happened to the reminder so far, for a failure message.</summary>
    public string Describe() => string.Join("; ", _events.Select(e => e switch
    {
        ReminderEvents.TickFailed failed => $"TickFailed on {e.SiloAddress}: {failed.Exception.GetType().Name}: {failed.Exception.Message}",
        ReminderEvents.LocalReminderStopped stopped => $"LocalReminderStopped ({stopped.Reason}) on {e.SiloAddress}",
        _ => $"{e.GetType().Name} on {e.SiloAddress}",
    }));

    public void OnNext(ReminderEvents.ReminderEvent value)
    {
        if (value.GrainId == _grain)
        {
            _events.Enqueue(value);
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose() => _subscription.Dispose();
}
