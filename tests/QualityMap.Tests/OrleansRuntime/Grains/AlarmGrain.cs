using Orleans;
using Orleans.Runtime;

namespace QualityMap.Tests.OrleansRuntime.Grains;

public sealed class AlarmGrain : Grain, IAlarmGrain
{
    // Orleans has no one-shot reminder: a period it never reaches, because the grain unregisters on delivery.
    // Well above one minute, Orleans' default MinimumReminderPeriod.
    public static readonly TimeSpan Period = TimeSpan.FromHours(1);

    public Task SetAsync(TimeSpan dueIn) => this.RegisterOrUpdateReminder(IAlarmGrain.ReminderName, dueIn, Period);

    public async Task<IReadOnlyList<string>> ListAsync() =>
        (await this.GetReminders()).Select(r => r.ReminderName).ToList();

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        AlarmDeliveries.Record(this.GetPrimaryKeyString(), new AlarmDelivery(RuntimeIdentity, status.FirstTickTime, status.CurrentTickTime));
        if (await this.GetReminder(reminderName) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }
}
