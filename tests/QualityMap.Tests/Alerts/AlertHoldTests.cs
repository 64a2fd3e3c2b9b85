using System.Collections.Concurrent;
using QualityMap.Api.Alerts;
using QualityMap.Grains.Alerts;
using QualityMap.Tests.EndToEnd;

namespace QualityMap.Tests.Alerts;

/// <summary>
/// Issue 20, "no flapping pages", in the alerts grain on the manual clock: a condition that went away keeps its alert
/// open for <c>Alerts:ClearAfter</c> (15 minutes here), a return within it updates and republishes that alert without
/// touching its re-send and escalation, the hold's end closes it, and a condition back after that pages anew.
/// </summary>
public sealed class AlertHoldTests() : SiloTest(Start, new()
{
    ["Alerts:ResendAfter"] = "00:10:00", ["Alerts:EscalateAfter"] = "00:20:00",
    ["Alerts:ClearAfter"] = "00:15:00", ["Alerts:FlapWindow"] = "00:30:00", ["Alerts:FlapReturns"] = "2",
})
{
    private static readonly DateTimeOffset Start = new(2026, 6, 1, 2, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Hold = TimeSpan.FromMinutes(15);
    private const string Nanhu = "330402";
    private const string Key = "town:330402007:red";
    private static readonly AlertRequest Red = new(Key, AlertKinds.TownRed, "建设街道变为红色", "6/28");

    private IAlertsGrain Alerts => Host.Service<IGrainFactory>().GetGrain<IAlertsGrain>(Nanhu);

    [Fact]
    public async Task AReturnWithinTheHoldUpdatesTheOpenAlertKeepsItsResendAndEscalationAndTheHoldsEndClosesIt()
    {
        var published = new ConcurrentQueue<Alert>();
        Host.Service<AlertFeed>().Published += published.Enqueue;

        await Alerts.RaiseAsync(Red);
        var first = await OnlyAsync(a => true);

        Clock.SetUtcNow(Start.AddMinutes(1));
        await Alerts.ClearAsync(Key);
        await OnlyAsync(a => a.AbsentSince == Start.AddMinutes(1));

        // Back within the hold: the same alert, once more, published as its next revision.
        Clock.SetUtcNow(Start.AddMinutes(5));
        await Alerts.RaiseAsync(Red with { Detail = "7/28" });
        var back = await OnlyAsync(a => a.Returns == 1);
        Assert.Equal((first.Id, first.Seq, Start, Start.AddMinutes(5), 2, "7/28"), (back.Id, back.Seq, back.RaisedAt, back.LastRaisedAt, back.Occurrences, back.Detail));
        Assert.Null(back.AbsentSince);
        await SiloHost.EventuallyAsync(() => Task.FromResult(published.Any(a => a.Id == first.Id && a.Revision == back.Revision)));
        Assert.Equal(new[] { 0, 1, 2 }, published.Where(a => a.Id == first.Id).Select(a => a.Revision).Order());

        // Re-sent ten minutes after it was first raised, not after the return; escalated after twenty.
        Clock.SetUtcNow(Start.AddMinutes(10).AddSeconds(-1));
        await OrleansReminders.DeliverDueAsync();
        Assert.Null((await OnlyAsync(a => true)).ResentAt);
        Clock.SetUtcNow(Start.AddMinutes(10));
        Assert.Equal(Start.AddMinutes(10), (await OnlyAsync(a => a.ResentAt is not null)).ResentAt);
        Clock.SetUtcNow(Start.AddMinutes(20));
        Assert.Equal(Start.AddMinutes(20), (await OnlyAsync(a => a.EscalatedAt is not null)).EscalatedAt);

        // Away again: back one tick before the hold ends is still this alert.
        var away = Start.AddMinutes(21);
        Clock.SetUtcNow(away);
        await Alerts.ClearAsync(Key);
        await OnlyAsync(a => a.AbsentSince == away);
        Clock.SetUtcNow(away + Hold - TimeSpan.FromTicks(1));
        await Alerts.RaiseAsync(Red);
        Assert.Equal(away + Hold - TimeSpan.FromTicks(1), (await OnlyAsync(a => a.Returns == 2)).LastRaisedAt);

        // Away for the whole hold: closed when it ended, by its reminder alone; a second early, still open.
        away = Start.AddMinutes(40);
        Clock.SetUtcNow(away);
        await Alerts.ClearAsync(Key);
        await OnlyAsync(a => a.AbsentSince == away);
        Clock.SetUtcNow(away + Hold - TimeSpan.FromSeconds(1));
        await OrleansReminders.DeliverDueAsync();
        Assert.True((await OnlyAsync(a => true)).Open);
        Clock.SetUtcNow(away + Hold);
        var closed = await OnlyAsync(a => !a.Open);
        Assert.Equal(away + Hold, closed.ClosedAt);

        // Back after that: a new alert, paged as one.
        Clock.SetUtcNow(away + Hold + TimeSpan.FromMinutes(1));
        await Alerts.RaiseAsync(Red);
        await SiloHost.EventuallyAsync(async () => (await KeyedAsync()).Count == 2);
        var again = (await KeyedAsync())[1];
        Assert.NotEqual(first.Id, again.Id);
        Assert.Equal((0, 1, true), (again.Revision, again.Occurrences, again.Open));
    }

    [Fact]
    public async Task ABackJustAtTheHoldsEndIsANewAlertEvenBeforeTheCloseReminderCame()
    {
        await Alerts.RaiseAsync(Red);
        await OnlyAsync(a => true);
        await Alerts.ClearAsync(Key);
        await OnlyAsync(a => a.AbsentSince == Start);

        Clock.SetUtcNow(Start + Hold);
        await Alerts.RaiseAsync(Red);
        await SiloHost.EventuallyAsync(async () => (await KeyedAsync()) is [{ Open: false }, { Open: true }]);
        var (old, fresh) = ((await KeyedAsync())[0], (await KeyedAsync())[1]);
        Assert.Equal(Start + Hold, old.ClosedAt);
        Assert.Equal(Start + Hold, fresh.RaisedAt);
    }

    [Fact]
    public async Task AnAcknowledgedAlertWhoseConditionKeepsComingBackStaysOneAcknowledgedAlertMarkedFlapping()
    {
        await Alerts.RaiseAsync(Red);
        var alert = await OnlyAsync(a => true);
        await Alerts.AcknowledgeAsync(alert.Id, "nanhu-bureau");

        // Three returns in half an hour: more than Alerts:FlapReturns (2) within Alerts:FlapWindow.
        for (var i = 1; i <= 3; i++)
        {
            Clock.SetUtcNow(Start.AddMinutes(2 * i));
            await Alerts.ClearAsync(Key);
            await OnlyAsync(a => a.AbsentSince is not null);
            Clock.SetUtcNow(Start.AddMinutes(2 * i + 1));
            await Alerts.RaiseAsync(Red);
            alert = await OnlyAsync(a => a.Returns == i);
            Assert.Equal(i == 3, alert.Flapping);
        }

        // Not paged again: still acknowledged, never re-sent or escalated.
        Clock.SetUtcNow(Start.AddHours(3));
        await OrleansReminders.DeliverDueAsync();
        alert = await OnlyAsync(a => true);
        Assert.Equal(("nanhu-bureau", (DateTimeOffset?)null, (DateTimeOffset?)null, 4), (alert.AcknowledgedBy, alert.ResentAt, alert.EscalatedAt, alert.Occurrences));
        Assert.Empty(await Host.Service<IGrainFactory>().GetGrain<IAlertsGrain>(TestCredentials.City).SinceAsync(0));
    }

    [Fact]
    public async Task ABureauThatResumesAfterItsLastSeqGetsTheReturnOfAnAlertItHadAcknowledged()
    {
        await Alerts.RaiseAsync(Red);
        var alert = await OnlyAsync(a => true);
        await Alerts.AcknowledgeAsync(alert.Id, "nanhu-bureau");
        Clock.SetUtcNow(Start.AddMinutes(1));
        await Alerts.ClearAsync(Key);
        await OnlyAsync(a => a.AbsentSince is not null);
        Clock.SetUtcNow(Start.AddMinutes(2));
        await Alerts.RaiseAsync(Red);
        var back = await OnlyAsync(a => a.Returns == 1);

        // The stream's missed part holds it although its seq is not after the resume point.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await foreach (var streamed in Host.Service<AlertStreams>().StreamAsync(Nanhu, back.Seq, timeout.Token))
        {
            if (streamed.Id != back.Id) continue;
            Assert.Equal((back.Revision, 2, "nanhu-bureau"), (streamed.Revision, streamed.Occurrences, streamed.AcknowledgedBy));
            return;
        }
        Assert.Fail("The stream ended without the alert.");
    }

    private async Task<List<Alert>> KeyedAsync() => [.. (await Alerts.SinceAsync(0)).Where(a => a.Key == Key)];

    /// <summary>The key's one alert once it satisfies <paramref name="done"/> (the grain's calls are one-way).</summary>
    private async Task<Alert> OnlyAsync(Func<Alert, bool> done)
    {
        Alert? found = null;
        await SiloHost.EventuallyAsync(async () => (await KeyedAsync()) is [var only] && done(found = only));
        return found!;
    }
}
