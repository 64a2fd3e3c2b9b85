using QualityMap.Grains.Runtime;

namespace QualityMap.Tests.Runtime.TestGrains;

public interface IAlarmGrain : IRemindable
{
    Task SetAsync(string name, DateTimeOffset dueAt);

    /// <summary>Sets the reminder; when it fires, the grain sets it again <paramref name="snooze"/> after its due time (once).</summary>
    Task SetWithSnoozeAsync(string name, DateTimeOffset dueAt, TimeSpan snooze);

    /// <summary>Sets the reminder; its first delivery throws.</summary>
    Task SetFailingOnceAsync(string name, DateTimeOffset dueAt);

    Task CancelAsync(string name);
}

/// <summary>Reports every reminder delivery to the probe.</summary>
public sealed class AlarmGrain(GrainProbe probe) : Grain, IAlarmGrain
{
    private readonly Dictionary<string, TimeSpan> _snoozes = [];
    private readonly HashSet<string> _failOnce = [];
    private int _activation;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _activation = probe.Increment("alarm:activations");
        return Task.CompletedTask;
    }

    public Task SetAsync(string name, DateTimeOffset dueAt) => RegisterOrUpdateReminderAsync(name, dueAt);

    public Task SetWithSnoozeAsync(string name, DateTimeOffset dueAt, TimeSpan snooze)
    {
        _snoozes[name] = snooze;
        return RegisterOrUpdateReminderAsync(name, dueAt);
    }

    public Task SetFailingOnceAsync(string name, DateTimeOffset dueAt)
    {
        _failOnce.Add(name);
        return RegisterOrUpdateReminderAsync(name, dueAt);
    }

    public Task CancelAsync(string name) => UnregisterReminderAsync(name);

    public async Task ReceiveReminderAsync(string reminderName, DateTimeOffset dueAt)
    {
        if (_failOnce.Remove(reminderName)) throw new InvalidOperationException($"{reminderName} failed on purpose");
        probe.RecordDelivery(new ReminderDelivery(GetPrimaryKeyString(), reminderName, dueAt, Time.GetUtcNow(), _activation));
        if (_snoozes.Remove(reminderName, out var snooze)) await RegisterOrUpdateReminderAsync(reminderName, dueAt + snooze);
    }
}
