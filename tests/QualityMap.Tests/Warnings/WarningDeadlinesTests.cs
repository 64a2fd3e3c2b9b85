using QualityMap.Grains.Warnings;

namespace QualityMap.Tests.Warnings;

/// <summary>The deadline rule on its own: which stage owes what, from when, and which alert a moment calls for.</summary>
public sealed class WarningDeadlinesTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 20, 8, 0, 0, TimeSpan.Zero);
    private static readonly WarningOptions Options = new();

    [Fact]
    public void APlanIsDueFifteenDaysAfterTheWarningAndANewOneFifteenDaysAfterTheCityReturnedIt()
    {
        List<WarningHistoryEntry> history = [Entry(0, WarningActions.Raised, WarningStage.AwaitingPlan), Entry(2, WarningActions.Escalated, WarningStage.AwaitingPlan)];
        Assert.Equal(new WarningDeadline(WarningStage.AwaitingPlan, "plan", T0.AddDays(15)), WarningDeadlines.For(WarningStage.AwaitingPlan, history, Options));

        history.AddRange([Entry(5, WarningActions.PlanFiled, WarningStage.PlanUnderReview), Entry(7, WarningActions.PlanReviewed, WarningStage.AwaitingPlan)]);
        Assert.Equal(T0.AddDays(22), WarningDeadlines.For(WarningStage.AwaitingPlan, history, Options)!.DueAt);
    }

    [Fact]
    public void RectificationRunsNinetyDaysFromTheApprovalOrFromAFailedAcceptanceAndOtherStagesOweNothing()
    {
        List<WarningHistoryEntry> history =
        [
            Entry(0, WarningActions.Raised, WarningStage.AwaitingPlan), Entry(1, WarningActions.PlanFiled, WarningStage.PlanUnderReview),
            Entry(3, WarningActions.PlanReviewed, WarningStage.Rectifying), Entry(10, WarningActions.InvestigationRecorded, WarningStage.Rectifying),
        ];
        Assert.Equal(new WarningDeadline(WarningStage.Rectifying, "acceptance-application", T0.AddDays(93)), WarningDeadlines.For(WarningStage.Rectifying, history, Options));

        history.AddRange([Entry(50, WarningActions.AcceptanceApplied, WarningStage.AcceptanceRequested), Entry(60, WarningActions.AcceptanceSampled, WarningStage.Rectifying)]);
        Assert.Equal(T0.AddDays(150), WarningDeadlines.For(WarningStage.Rectifying, history, Options)!.DueAt);

        foreach (var stage in new[] { WarningStage.PlanUnderReview, WarningStage.AcceptanceRequested, WarningStage.AcceptancePassed, WarningStage.Lifted })
            Assert.Null(WarningDeadlines.For(stage, history, Options));
    }

    [Fact]
    public void TheAlertIsNothingBeforeThreeDaysAheadThenApproachingThenPassedAtTheDueMoment()
    {
        var deadline = new WarningDeadline(WarningStage.AwaitingPlan, "plan", T0.AddDays(15));
        Assert.Null(WarningDeadlines.AlertKind(deadline, T0.AddDays(12).AddTicks(-1), Options.DeadlineAlertBefore));
        Assert.Equal("deadline_approaching", WarningDeadlines.AlertKind(deadline, T0.AddDays(12), Options.DeadlineAlertBefore));
        Assert.Equal("deadline_approaching", WarningDeadlines.AlertKind(deadline, T0.AddDays(15).AddTicks(-1), Options.DeadlineAlertBefore));
        Assert.Equal("deadline_passed", WarningDeadlines.AlertKind(deadline, T0.AddDays(15), Options.DeadlineAlertBefore));
    }

    [Fact]
    public void AnAlertLeadAtLeastAsLongAsAPeriodIsAConfigurationMistake()
    {
        Assert.Empty(new WarningOptions().Validate());
        Assert.NotEmpty(new WarningOptions { DeadlineAlertBefore = TimeSpan.FromDays(15) }.Validate());
        Assert.NotEmpty(new WarningOptions { PlanDueAfter = TimeSpan.Zero }.Validate());
    }

    private static WarningHistoryEntry Entry(int day, string action, WarningStage stage) => new(T0.AddDays(day), action, "x", "-", stage);
}
