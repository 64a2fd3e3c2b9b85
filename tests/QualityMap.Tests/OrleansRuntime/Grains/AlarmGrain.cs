using Orleans;
using Orleans.Runtime;

namespace QualityMap.Tests.OrleansRuntime.Grains;

public sealed class AlarmGrain : Grain, IAlarmGrain
{
    // Orleans has no one-shot reminder: the grain unregisters on delivery, so the period only matters when a
    // delivery fails or is skipped, and then it is the retry. It must stay within ReminderOptions
    // .ReminderLoadingWindow (10 minutes by default): a table refresh that runs after the due time but before the
    // delivery computes the next tick from now, and if that lies outside the window it drops the reminder from
    // memory, due occurrence included (seen with a period of one hour). At least one minute, Orleans' default
    // MinimumReminderPeriod.
    public static readonly TimeSpan Period = TimeSpan.FromMinutes(5);

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
