using QualityMap.Grains.Regions;
using QualityMap.Grains.Warnings;
using QualityMap.Silo.Ingestion;
using QualityMap.Silo.Storage;
using QualityMap.Tests.EndToEnd;
using static QualityMap.Tests.EndToEnd.TestEvents;

namespace QualityMap.Tests.Warnings;

/// <summary>The §4.2 workflow on the real silo: journaled steps, the county's map entry, lifting, restarts.</summary>
public sealed class WarningLifecycleTests : SiloTest
{
    private const string Nanhu = "330402";
    private const string Jianshe = "330402007";
    private static readonly Bureau NanhuBureau = new("nanhu-officer", BureauLevel.County, Nanhu);
    private static readonly Bureau CityBureau = new("jiaxing-officer", BureauLevel.City, "330400");

    [Fact]
    public async Task RaisedWarningIsAnsweredAcceptedAndLiftedThenANewOneIsRaisedWhenTheCountyTurnsRedAgain()
    {
        var usccs = await TurnNanhuRedAsync();
        var warning = Host.Service<IGrainFactory>().GetGrain<IWarningGrain>($"{Nanhu}-0001");

        await ExecuteAsync(warning, new FilePlan("南市监〔2026〕1号", "整治方案") { By = NanhuBureau });
        Assert.Equal(WarningStage.PlanUnderReview, (await CountyWarningAsync())?.Stage);
        await ExecuteAsync(warning, new ReviewPlan(true, "同意") { By = CityBureau });
        await ExecuteAsync(warning, new RecordInvestigation(10, "排查辖区10家生产企业") { By = NanhuBureau });
        await ExecuteAsync(warning, new ApplyForAcceptance("整改完成") { By = NanhuBureau });

        // Sampling that leaves out one of the two high-risk enterprises is refused.
        var partial = await warning.ExecuteAsync(new RecordAcceptanceSampling([new(usccs[0], 10, 0)]) { By = CityBureau });
        Assert.Equal(WorkflowRules.SamplingIncomplete, partial.RefusedRule);
        Assert.Contains(usccs[1], partial.Detail);

        var failedAcceptance = await ExecuteAsync(warning, new RecordAcceptanceSampling([new(usccs[0], 500, 51), new(usccs[1], 500, 50)]) { By = CityBureau });
        Assert.Equal(WarningStage.Rectifying, failedAcceptance.Stage);             // 101 of 1000 = 10.1 %
        await ExecuteAsync(warning, new ApplyForAcceptance("再次整改完成") { By = NanhuBureau });
        var passed = await ExecuteAsync(warning, new RecordAcceptanceSampling([new(usccs[0], 5, 1), new(usccs[1], 5, 0)]) { By = CityBureau });
        Assert.Equal(WarningStage.AcceptancePassed, passed.Stage);                 // 1 of 10 = exactly 10 %
        Assert.Equal(WarningStatus.Open, passed.Status);                           // passing alone lifts nothing

        var lifted = await ExecuteAsync(warning, new LiftWarning("嘉市监〔2026〕9号") { By = CityBureau });
        Assert.Equal((WarningStatus.Lifted, "嘉市监〔2026〕9号"), (lifted.Status, lifted.LiftDocumentNo));
        Assert.Equal(
            ["raised", "escalated", "plan_filed", "plan_reviewed", "investigation_recorded", "acceptance_applied", "acceptance_sampled",
             "acceptance_applied", "acceptance_sampled", "lifted"],
            lifted.History.Select(h => h.Action));
        Assert.All(lifted.History.Skip(2), h => Assert.True(h.Seq > 0));          // every bureau step is journaled
        Assert.Equal("jiaxing-officer", lifted.History[^1].Actor);
        await SiloHost.EventuallyAsync(async () => await CountyWarningAsync() is null);

        // Still red: the next change of the county's counts raises a new warning, never reopening the lifted one.
        (await Host.PostEventsAsync(Sampling(usccs[2], false, Clock.GetUtcNow().AddDays(-1)))).EnsureSuccessStatusCode();
        await Host.SettleAsync();
        Assert.Equal($"{Nanhu}-0002", (await CountyWarningAsync())?.Id);
    }

    [Fact]
    public async Task WorkflowStepsSurviveARestartAndReplayingThemChangesNothing()
    {
        await TurnNanhuRedAsync();
        var warning = Host.Service<IGrainFactory>().GetGrain<IWarningGrain>($"{Nanhu}-0001");
        await ExecuteAsync(warning, new FilePlan("南市监〔2026〕1号", "整治方案") { By = NanhuBureau });
        await ExecuteAsync(warning, new ReviewPlan(false, "措施不具体") { By = CityBureau });
        var before = (await warning.GetAsync())!;

        var steps = new List<JournalRecord>();
        await foreach (var record in Host.Service<IJournal>().ReadAfterAsync(0))
            if (record.Kind == WarningStepJournal.Kind) steps.Add(record);
        // The county's own decisions are journaled with the bureaus' steps.
        Assert.Equal(
            [WarningActions.Raised, WarningActions.Escalated, WarningActions.PlanFiled, WarningActions.PlanReviewed],
            steps.Select(s => before.History.Single(h => h.Seq == s.Seq).Action));

        // Replaying a journaled step that was applied already is a no-op, a raise as well as a bureau's step.
        foreach (var step in steps) await warning.ReplayAsync(step.Seq, WarningStepSerializer.Deserialize(step.Payload));
        Assert.Equal(before.History, (await warning.GetAsync())!.History);

        await RestartAsync();
        await Host.SettleAsync();
        var after = (await Host.Service<IGrainFactory>().GetGrain<IWarningGrain>($"{Nanhu}-0001").GetAsync())!;
        Assert.Equal(WarningStage.AwaitingPlan, after.Stage);
        Assert.Equal(before.History, after.History);
        Assert.Equal(WarningStage.AwaitingPlan, (await CountyWarningAsync())?.Stage);
    }

    private async Task<List<string>> TurnNanhuRedAsync()
    {
        var usccs = Enumerable.Range(700, 10).Select(s => Uscc(s)).ToList();
        var day = Clock.GetUtcNow().AddDays(-1);
        (await Host.PostEventsAsync([.. usccs.Select(u => Registered(u, Jianshe, day.AddDays(-30)))])).EnsureSuccessStatusCode();
        (await Host.PostEventsAsync(Sampling(usccs[0], false, day))).EnsureSuccessStatusCode();
        await Host.SettleAsync();
        (await Host.PostEventsAsync(Sampling(usccs[1], false, day))).EnsureSuccessStatusCode();   // orange, then red
        await Host.SettleAsync();
        Assert.Equal(WarningLevel.Red, (await CountyWarningAsync())?.Level);
        return usccs;
    }

    private async Task<WarningSummary?> CountyWarningAsync()
    {
        await Host.SettleRegionsAsync();
        return (await Host.Service<IGrainFactory>().GetGrain<IRegionGrain>(Nanhu).GetAsync()).Region.OpenWarning;
    }

    private static async Task<WarningView> ExecuteAsync(IWarningGrain warning, WarningCommand command)
    {
        var result = await warning.ExecuteAsync(command);
        Assert.False(result.Refused, $"{command.GetType().Name}: {result.RefusedRule} {result.Detail}");
        return result.Warning!;
    }

}
