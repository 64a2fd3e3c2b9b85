using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using QualityMap.Grains.Regions;
using QualityMap.Grains.Warnings;
using QualityMap.Silo.Rebuild;
using QualityMap.Silo.Storage;
using QualityMap.Tests.EndToEnd;
using static QualityMap.Tests.EndToEnd.TestEvents;

namespace QualityMap.Tests.Warnings;

/// <summary>
/// Changes of different enterprises reach their county in whatever order their grains finish, not in journal order, so
/// the county can pass through a share that no prefix of the journal has; a warning decided on it is final (escalation
/// is one-way). A rebuild replays the journaled decision instead of deciding again, and ends with the warning the
/// service gave.
/// </summary>
public sealed class JournaledDecisionTests : IAsyncLifetime
{
    private const string Nanhu = "330402";
    private const string Jianshe = "330402007";        // 建设街道, 南湖区
    private const string Shendang = "330424101";       // 沈荡镇, 海盐县

    private readonly TempDirectory _data = new();
    private readonly TempDirectory _rebuilt = new();
    private readonly ManualTimeProvider _clock = new();
    private readonly List<string> _usccs = [.. Enumerable.Range(600, 10).Select(s => Uscc(s))];
    private HoldLeavingUntilFailureCounted _hold = null!;

    public Task InitializeAsync()
    {
        _hold = new HoldLeavingUntilFailureCounted(Jianshe, leaving: _usccs[0], failing: _usccs[1]);
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        _data.Dispose();
        _rebuilt.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task AnEscalationOnChangesThatArrivedOutOfJournalOrderIsRebuiltAsTheServiceDecidedIt()
    {
        var day = _clock.GetUtcNow().AddDays(-1);
        await using (var host = new SiloHost(_data.FullName, _clock, services: s => s.AddSingleton<IIncomingGrainCallFilter>(_hold)))
        {
            await PostAsync(host, [.. _usccs.Select(u => Registered(u, Jianshe, day.AddDays(-30)))]);
            await PostAsync(host, Sampling(_usccs[0], false, day));
            Assert.Equal((WarningLevel.Orange, 1, 10), await NanhuAsync(host));                 // 10 %

            // In the journal the high-risk enterprise leaves before another fails: 0 of 9, then 1 of 9. Its leaving
            // reaches the town only after the failure: 2 of 10 (20 %, red) for a moment.
            await PostAsync(host,
                new { eventId = NewId("mov"), kind = "enterprise_moved", uscc = _usccs[0], occurredAt = day, townCode = Shendang },
                Sampling(_usccs[1], false, day));
            Assert.True(_hold.Held);
            Assert.Equal((WarningLevel.Red, 1, 9), await NanhuAsync(host));
        }

        var rebuild = await JournalRebuilder.RebuildAsync(
            new StorageOptions { Provider = StorageOptions.Sqlite, DataDirectory = _data.FullName },
            new StorageOptions { Provider = StorageOptions.Sqlite, DataDirectory = _rebuilt.FullName },
            new ConfigurationBuilder().Build());
        Assert.True(rebuild.Equal, string.Join('\n', rebuild.Differences));
    }

    [Fact]
    public async Task TheFirstJournaledRaiseOfAWarningIsItsRaiseEvenWhenAnotherWasAppliedBeforeIt()
    {
        await using var host = new SiloHost(_data.FullName, _clock);
        var warning = host.Service<IGrainFactory>().GetGrain<IWarningGrain>($"{Nanhu}-0001");
        // After a crash the county decided again and raised the warning a second time, before the replay of the first.
        await warning.RaiseAsync(Nanhu, WarningLevel.Red, "南湖区高风险企业占比20.0%");
        var second = (await warning.GetAsync())!.History[0];
        var raisedFirst = _clock.GetUtcNow().AddMinutes(-5);
        var first = new WarningStep($"{Nanhu}-0001", new RaiseWarning(Nanhu, WarningLevel.Orange, "南湖区高风险企业占比10.0%") { By = new Bureau("system", BureauLevel.County, Nanhu) },
            WarningStage.AwaitingPlan, "南湖区高风险企业占比10.0%", raisedFirst);

        await warning.ReplayAsync(second.Seq - 1, first);
        await warning.ReplayAsync(second.Seq, first with { Detail = "replayed again" });   // the second, replayed: nothing
        var view = (await warning.GetAsync())!;

        Assert.Equal((WarningLevel.Orange, raisedFirst), (view.Level, view.RaisedAt));
        Assert.Equal((second.Seq - 1, "南湖区高风险企业占比10.0%"), (view.History.Single().Seq, view.History.Single().Detail));
    }

    [Fact]
    public async Task TheFirstJournaledEscalationIsTheEscalationAndALaterOneIsNotAppliedAgain()
    {
        await using var host = new SiloHost(_data.FullName, _clock);
        var grains = host.Service<IGrainFactory>();
        var system = new Bureau("system", BureauLevel.County, Nanhu);
        var escalatedFirst = _clock.GetUtcNow().AddMinutes(-5);
        var firstEscalation = new WarningStep($"{Nanhu}-0001", new EscalateWarning("南湖区高风险企业占比20.0%") { By = system },
            WarningStage.AwaitingPlan, "南湖区高风险企业占比20.0%", escalatedFirst);

        // Live after a crash: the county escalated again before the replay of the first escalation.
        var live = grains.GetGrain<IWarningGrain>($"{Nanhu}-0001");
        await live.RaiseAsync(Nanhu, WarningLevel.Orange, "南湖区高风险企业占比10.0%");
        await live.EscalateAsync("南湖区高风险企业占比25.0%");
        var again = (await live.GetAsync())!.History[1];
        await live.ReplayAsync(again.Seq - 1, firstEscalation);
        var rebased = (await live.GetAsync())!;

        // A rebuild: the raise, the first escalation, the second one.
        var rebuilt = grains.GetGrain<IWarningGrain>($"{Nanhu}-0002");
        var raised = rebased.History[0];
        await rebuilt.ReplayAsync(raised.Seq, new WarningStep($"{Nanhu}-0002", new RaiseWarning(Nanhu, WarningLevel.Orange, raised.Detail) { By = system },
            WarningStage.AwaitingPlan, raised.Detail, raised.At));
        await rebuilt.ReplayAsync(again.Seq - 1, firstEscalation with { WarningId = $"{Nanhu}-0002" });
        await rebuilt.ReplayAsync(again.Seq, firstEscalation with { WarningId = $"{Nanhu}-0002", Detail = "南湖区高风险企业占比25.0%", At = again.At });
        var fromJournal = (await rebuilt.GetAsync())!;

        Assert.Equal(WarningLevel.Red, rebased.Level);
        Assert.Equal([(WarningActions.Raised, raised.At), (WarningActions.Escalated, escalatedFirst)], rebased.History.Select(h => (h.Action, h.At)));
        Assert.Equal(rebased.History.Select(h => (h.Action, h.At, h.Detail, h.Seq)), fromJournal.History.Select(h => (h.Action, h.At, h.Detail, h.Seq)));
    }

    private static async Task PostAsync(SiloHost host, params object[] events)
    {
        using var response = await host.PostEventsAsync(events);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        await host.SettleAsync();
    }

    private static async Task<(WarningLevel? Level, int HighRisk, int Monitored)> NanhuAsync(SiloHost host)
    {
        await host.SettleRegionsAsync();
        var county = (await host.Service<IGrainFactory>().GetGrain<IRegionGrain>(Nanhu).GetAsync()).Region;
        return (county.OpenWarning?.Level, county.HighRisk, county.Monitored);
    }

    // Holds the town's news that one enterprise left it until another's failure has been counted there (and the county
    // has decided on it): the town is reentrant, so the held call does not stop the other.
    private sealed class HoldLeavingUntilFailureCounted(string town, string leaving, string failing) : IIncomingGrainCallFilter
    {
        private readonly TaskCompletionSource _failureCounted = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public bool Held { get; private set; }

        public async Task Invoke(IIncomingGrainCallContext context)
        {
            if (context.InterfaceMethod?.Name != nameof(IRegionGrain.EnterpriseChangedAsync) || context.TargetId.Key.ToString() != town)
            {
                await context.Invoke();
                return;
            }
            var status = (EnterpriseStatus)context.Request.GetArgument(0)!;
            if (status.Uscc == leaving && !status.Monitored)
            {
                Held = true;
                await _failureCounted.Task.WaitAsync(TimeSpan.FromSeconds(10));
            }
            await context.Invoke();
            if (status.Uscc == failing && status.HighRisk) _failureCounted.TrySetResult();
        }
    }
}
