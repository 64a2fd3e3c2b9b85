using QualityMap.Silo.Storage;
using QualityMap.Tests.Runtime.TestGrains;

namespace QualityMap.Tests.Runtime;

/// <summary>Durable one-shot reminders, driven by the background loop on the manual clock or by <c>DeliverDueAsync</c>.</summary>
public sealed class ReminderTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task TheReminderLoopDeliversAReminderOnceWhenTheClockPassesItsDueTime()
    {
        await using var harness = await RuntimeHarness.StartAsync();
        await harness.StartReminderLoopAsync();
        var due = harness.Clock.GetUtcNow().AddHours(1);
        await harness.Grains.GetGrain<IAlarmGrain>("a1").SetAsync("wake", due);
        await harness.Time.WaitForParkedTimerAsync(due);

        harness.Clock.Advance(TimeSpan.FromMinutes(59));
        await RuntimeHarness.SettleAsync();
        Assert.Empty(harness.Probe.Deliveries);

        harness.Clock.Advance(TimeSpan.FromMinutes(2));
        await RuntimeHarness.EventuallyAsync(() => harness.Reminders.Pending == 0, "the reminder was delivered");
        var delivery = Assert.Single(harness.Probe.Deliveries);
        Assert.Equal(("a1", "wake", due), (delivery.Key, delivery.Name, delivery.DueAt));
        Assert.Empty(await harness.Storage.Reminders.ReadAllAsync());

        harness.Clock.Advance(TimeSpan.FromHours(3));
        await RuntimeHarness.SettleAsync();
        Assert.Single(harness.Probe.Deliveries);
    }

    [Fact]
    public async Task AReminderTheGrainSetsAgainWhileReceivingItFiresAgainAtTheNewTime()
    {
        await using var harness = await RuntimeHarness.StartAsync();
        await harness.StartReminderLoopAsync();
        var grain = harness.Grains.GetGrain<IAlarmGrain>("snoozer");
        var due = harness.Clock.GetUtcNow().AddHours(1);
        var snoozedDue = due.AddMinutes(30);
        await grain.SetWithSnoozeAsync("wake", due, TimeSpan.FromMinutes(30));
        await harness.Time.WaitForParkedTimerAsync(due);

        harness.Clock.Advance(TimeSpan.FromMinutes(61));
        await RuntimeHarness.EventuallyAsync(() => harness.Probe.Deliveries.Count == 1, "the first delivery");
        await harness.Time.WaitForParkedTimerAsync(snoozedDue);

        // The delivery's clean-up must not delete the due time the grain set while receiving it.
        Assert.Equal([new ReminderEntry(nameof(AlarmGrain), "snoozer", "wake", snoozedDue)], await harness.Storage.Reminders.ReadAllAsync());
        Assert.Equal(snoozedDue, harness.Reminders.DueAt(harness.IdOf<IAlarmGrain>("snoozer"), "wake"));

        harness.Clock.Advance(TimeSpan.FromMinutes(30));
        await RuntimeHarness.EventuallyAsync(() => harness.Probe.Deliveries.Count == 2, "the second delivery");
        Assert.Equal([due, snoozedDue], harness.Probe.Deliveries.Select(d => d.DueAt));
        await RuntimeHarness.EventuallyAsync(() => harness.Reminders.Pending == 0, "nothing is left scheduled");
        Assert.Empty(await harness.Storage.Reminders.ReadAllAsync());
    }

    [Fact]
    public async Task DeliverDueDeliversOnlyTheRemindersThatAreDue()
    {
        await using var harness = await RuntimeHarness.StartAsync();
        var grain = harness.Grains.GetGrain<IAlarmGrain>("a2");
        var start = harness.Clock.GetUtcNow();
        await grain.SetAsync("first", start.AddHours(1));
        await grain.SetAsync("second", start.AddHours(2));

        harness.Clock.Advance(TimeSpan.FromMinutes(59));
        Assert.Equal(0, await harness.Reminders.DeliverDueAsync());

        harness.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(1, await harness.Reminders.DeliverDueAsync());
        Assert.Equal(0, await harness.Reminders.DeliverDueAsync());

        var delivery = Assert.Single(harness.Probe.Deliveries);
        Assert.Equal(("first", start.AddHours(1), start.AddMinutes(61)), (delivery.Name, delivery.DueAt, delivery.DeliveredAt));
        Assert.Equal([new ReminderEntry(nameof(AlarmGrain), "a2", "second", start.AddHours(2))], await harness.Storage.Reminders.ReadAllAsync());
        Assert.Equal(1, harness.Reminders.Pending);
    }

    [Fact]
    public async Task AReminderSurvivesARestartAndFiresOnTheNewRuntime()
    {
        await using var harness = await RuntimeHarness.StartAsync();
        var due = harness.Clock.GetUtcNow().AddHours(1);
        await harness.Grains.GetGrain<IAlarmGrain>("durable").SetAsync("wake", due);

        await harness.RestartAsync();
        Assert.Equal(0, harness.Reminders.Pending);
        await harness.Reminders.LoadAsync();
        Assert.Equal(due, harness.Reminders.DueAt(harness.IdOf<IAlarmGrain>("durable"), "wake"));

        harness.Clock.Advance(TimeSpan.FromMinutes(61));
        Assert.Equal(1, await harness.Reminders.DeliverDueAsync());

        var delivery = Assert.Single(harness.Probe.Deliveries);
        Assert.Equal(("durable", "wake", due), (delivery.Key, delivery.Name, delivery.DueAt));
        // Activation 2: the grain was woken on the new runtime, not the one that registered the reminder.
        Assert.Equal(2, delivery.Activation);
        Assert.Empty(await harness.Storage.Reminders.ReadAllAsync());
    }

    [Fact]
    public async Task TheReminderLoopLoadsStoredRemindersAfterARestart()
    {
        await using var harness = await RuntimeHarness.StartAsync();
        var due = harness.Clock.GetUtcNow().AddHours(1);
        await harness.Grains.GetGrain<IAlarmGrain>("reloaded").SetAsync("wake", due);

        await harness.RestartAsync();
        await harness.StartReminderLoopAsync();
        await harness.Time.WaitForParkedTimerAsync(due);
        harness.Clock.Advance(TimeSpan.FromMinutes(61));

        await RuntimeHarness.EventuallyAsync(() => harness.Probe.Deliveries.Count == 1, "the reloaded reminder fired");
        Assert.Equal(due, harness.Probe.Deliveries[0].DueAt);
    }

    [Fact]
    public async Task UnregisteringRemovesTheReminderFromTheStoreAndTheSchedule()
    {
        await using var harness = await RuntimeHarness.StartAsync();
        var grain = harness.Grains.GetGrain<IAlarmGrain>("cancelled");
        await grain.SetAsync("wake", harness.Clock.GetUtcNow().AddHours(1));
        Assert.Single(await harness.Storage.Reminders.ReadAllAsync());

        await grain.CancelAsync("wake");

        Assert.Empty(await harness.Storage.Reminders.ReadAllAsync());
        Assert.Equal(0, harness.Reminders.Pending);
        harness.Clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(0, await harness.Reminders.DeliverDueAsync());
        Assert.Empty(harness.Probe.Deliveries);
    }

    [Fact]
    public async Task SettingAReminderAgainMovesItsDueTime()
    {
        await using var harness = await RuntimeHarness.StartAsync();
        var grain = harness.Grains.GetGrain<IAlarmGrain>("moved");
        var start = harness.Clock.GetUtcNow();
        await grain.SetAsync("wake", start.AddHours(1));

        await grain.SetAsync("wake", start.AddHours(3));

        Assert.Equal(1, harness.Reminders.Pending);
        Assert.Equal([new ReminderEntry(nameof(AlarmGrain), "moved", "wake", start.AddHours(3))], await harness.Storage.Reminders.ReadAllAsync());
        harness.Clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(0, await harness.Reminders.DeliverDueAsync());
    }

    [Fact]
    public async Task AReminderWhoseDeliveryFailedIsRetriedAfterTheRetryDelay()
    {
        var retry = TimeSpan.FromMinutes(5);
        await using var harness = await RuntimeHarness.StartAsync(o => o.ReminderRetryDelay = retry);
        var due = harness.Clock.GetUtcNow().AddHours(1);
        await harness.Grains.GetGrain<IAlarmGrain>("unlucky").SetFailingOnceAsync("wake", due);
        harness.Clock.Advance(TimeSpan.FromHours(1));

        Assert.Equal(0, await harness.Reminders.DeliverDueAsync());
        Assert.Equal(harness.Clock.GetUtcNow() + retry, harness.Reminders.DueAt(harness.IdOf<IAlarmGrain>("unlucky"), "wake"));
        Assert.Single(await harness.Storage.Reminders.ReadAllAsync());

        harness.Clock.Advance(retry);
        Assert.Equal(1, await harness.Reminders.DeliverDueAsync().WaitAsync(Timeout));
        Assert.Single(harness.Probe.Deliveries);
        Assert.Empty(await harness.Storage.Reminders.ReadAllAsync());
    }

    [Fact]
    public async Task AStoredReminderOfAGrainClassThatNoLongerExistsDoesNotStopTheOthersFromLoading()
    {
        await using var harness = await RuntimeHarness.StartAsync();
        var due = harness.Clock.GetUtcNow().AddHours(1);
        await harness.Grains.GetGrain<IAlarmGrain>("kept").SetAsync("wake", due);
        // Left behind by a grain class that was renamed or removed since.
        await harness.Storage.Reminders.UpsertAsync(new ReminderEntry("RetiredGrain", "old", "wake", due.AddMinutes(-30)));
        await harness.RestartAsync();

        // The loop loads first thing; an exception here ends the BackgroundService and, by default, stops the host.
        await harness.Reminders.LoadAsync();

        Assert.Equal(due, harness.Reminders.DueAt(harness.IdOf<IAlarmGrain>("kept"), "wake"));
        Assert.Equal(1, harness.Reminders.Pending);
    }

    [Fact]
    public async Task AStoredReminderBeyondTheLoadAheadIsNotHeldAfterARestartYetFiresOnceTheWindowReachesIt()
    {
        await using var harness = await RuntimeHarness.StartAsync(o => o.ReminderLoadAhead = TimeSpan.FromHours(1));
        var soon = harness.Clock.GetUtcNow().AddMinutes(30);
        var later = harness.Clock.GetUtcNow().AddHours(3);
        await harness.Grains.GetGrain<IAlarmGrain>("soon").SetAsync("wake", soon);
        await harness.Grains.GetGrain<IAlarmGrain>("later").SetAsync("wake", later);

        await harness.RestartAsync();
        await harness.Reminders.LoadAsync();
        // Only the reminder within the hour ahead is in memory; the other one stays in the store only.
        Assert.Equal(1, harness.Reminders.Pending);
        Assert.Null(harness.Reminders.DueAt(harness.IdOf<IAlarmGrain>("later"), "wake"));

        harness.Clock.Advance(TimeSpan.FromMinutes(31));
        Assert.Equal(1, await harness.Reminders.DeliverDueAsync());
        harness.Clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(0, await harness.Reminders.DeliverDueAsync());
        Assert.Equal(later, harness.Reminders.DueAt(harness.IdOf<IAlarmGrain>("later"), "wake"));

        harness.Clock.Advance(TimeSpan.FromMinutes(30));
        Assert.Equal(1, await harness.Reminders.DeliverDueAsync());
        Assert.Equal([("soon", soon), ("later", later)], harness.Probe.Deliveries.Select(d => (d.Key, d.DueAt)));
        Assert.Empty(await harness.Storage.Reminders.ReadAllAsync());
    }

    [Fact]
    public async Task TheReminderLoopReadsTheWindowAheadAgainAndFiresAReminderThatWasBeyondItAtStartUp()
    {
        await using var harness = await RuntimeHarness.StartAsync(o => o.ReminderLoadAhead = TimeSpan.FromHours(1));
        var due = harness.Clock.GetUtcNow().AddHours(5);
        await harness.Grains.GetGrain<IAlarmGrain>("far").SetAsync("wake", due);

        await harness.RestartAsync();
        await harness.StartReminderLoopAsync();
        // With nothing scheduled the loop sleeps only until half the window has passed, then reads ahead again.
        await harness.Time.WaitForParkedTimerAsync(harness.Clock.GetUtcNow().AddMinutes(30));
        Assert.Equal(0, harness.Reminders.Pending);

        for (var step = 0; step < 12 && harness.Probe.Deliveries.Count == 0; step++)
        {
            await harness.Time.WaitForParkedTimerAsync(harness.Clock.GetUtcNow().AddMinutes(30));
            harness.Clock.Advance(TimeSpan.FromMinutes(30));
            await RuntimeHarness.SettleAsync();
        }

        await RuntimeHarness.EventuallyAsync(() => harness.Probe.Deliveries.Count == 1, "the reminder read in later fired");
        Assert.Equal(due, harness.Probe.Deliveries[0].DueAt);
        Assert.True(harness.Probe.Deliveries[0].DeliveredAt >= due);
        Assert.Empty(await harness.Storage.Reminders.ReadAllAsync());
    }
}
