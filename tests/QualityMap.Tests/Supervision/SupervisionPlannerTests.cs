using QualityMap.Grains.Classification;
using QualityMap.Grains.Credit;
using QualityMap.Grains.Events;
using QualityMap.Grains.Identity;
using QualityMap.Grains.Supervision;

namespace QualityMap.Tests.Supervision;

/// <summary>The measures matrix and credit measures turned into a year of tasks; re-planning; re-inspection; overdue.</summary>
public sealed class SupervisionPlannerTests
{
    private const string Uscc = "91330402MA2BXXXX0X";
    private static readonly DateTimeOffset Jan5 = new(2026, 1, 5, 9, 0, 0, TimeSpan.FromHours(8));
    private static readonly SupervisionOptions Jiaxing = new();
    private static readonly SupervisionOptions CreditScheme = new() { Scheme = ClassificationScheme.Credit };
    private static readonly CreditOptions Credit = new();
    private static readonly ProductLine Cable = new("0801", "电线电缆", ProductRiskGrade.Level1);
    private static readonly ProductLine Lamp = new("1203", "灯具", ProductRiskGrade.Level3);

    private static SupervisedSubject Subject(RiskClass riskClass = RiskClass.Low, CreditStanding? credit = null, params ProductLine[] products) =>
        new(Uscc, "330402", true, riskClass, credit ?? CreditStanding.NeverScored, products.Length > 0 ? products : [Cable, Lamp]);

    private static List<SupervisionTask> Plan(SupervisedSubject subject, SupervisionOptions options, DateTimeOffset now,
        IReadOnlyList<SupervisionTask>? existing = null)
    {
        var n = existing?.Count ?? 0;
        return SupervisionPlanner.Plan(existing ?? [], SupervisionPlanner.Requirements(subject, options, Credit), Uscc, "330402", now, options,
            () => $"t{++n}");
    }

    private static CreditStanding Standing(params CreditItem[] items) =>
        CreditScoring.Score(items.Select((item, i) => new CreditObservation($"e{i}", Jan5.AddDays(-30 + i), item)), Credit.Points);

    [Fact]
    public void HighRiskEnterprisesGetMoreTasksAndSoonerThanLowRisk()
    {
        var high = Plan(Subject(RiskClass.High), Jiaxing, Jan5);
        var low = Plan(Subject(RiskClass.Low), Jiaxing, Jan5);
        // Defaults: high × grade 1 = 4 samplings + 4 inspections, high × grade 3 = 2; low × grade 1 = 2 + 1, low × grade 3 = 1.
        Assert.Equal(4, high.Count(t => t.Kind == TaskKind.Sampling && t.ProductCode == "0801"));
        Assert.Equal(2, high.Count(t => t.Kind == TaskKind.Sampling && t.ProductCode == "1203"));
        Assert.Equal(4, high.Count(t => t.Kind == TaskKind.Inspection));
        Assert.Equal(3, low.Count(t => t.Kind == TaskKind.Sampling));
        Assert.Equal(1, low.Count(t => t.Kind == TaskKind.Inspection));
        Assert.True(high.Min(t => t.Due) < low.Min(t => t.Due));
        Assert.All(high.Concat(low), t => Assert.InRange(t.Due, Jan5, SupervisionPlanner.YearOf(Jan5).End));
        Assert.All(high.Where(t => t.ProductCode == "0801"), t => Assert.Equal(SupervisionMode.Strict, t.Mode));
        Assert.Contains("高风险企业×一级风险产品", high.First(t => t.ProductCode == "0801").Basis);
    }

    [Fact]
    public void GradeOneProductsAreSampledSoonerThanGradeThree()
    {
        var plan = Plan(Subject(RiskClass.Low), Jiaxing, Jan5);
        var cable = plan.Where(t => t.ProductCode == "0801").Min(t => t.Due);
        var lamp = plan.Where(t => t.ProductCode == "1203").Min(t => t.Due);
        Assert.True(cable < lamp);
    }

    [Fact]
    public void ADOperatorGetsAtLeastFourSamplingsInTheYear()
    {
        var d = Standing(CreditItem.SamplingFailed, CreditItem.AdministrativePenalty, CreditItem.SamplingRefused);
        Assert.Equal(CreditClass.D, d.Class);
        var plan = Plan(Subject(credit: d), CreditScheme, Jan5);
        Assert.True(plan.Count(t => t.Kind == TaskKind.Sampling) >= 4);
        Assert.All(plan, t => Assert.Equal(SupervisionMode.Special, t.Mode));
        Assert.All(plan, t => Assert.True(t.Due < SupervisionPlanner.YearOf(Jan5).End));
    }

    [Fact]
    public void AnAOperatorsRandomCoefficientDropsAfterTwoCleanChecks()
    {
        var oneClean = Plan(Subject(credit: Standing(CreditItem.SamplingPassed)), CreditScheme, Jan5);
        var twoClean = Plan(Subject(credit: Standing(CreditItem.SamplingPassed, CreditItem.SamplingPassed)), CreditScheme, Jan5);
        Assert.Equal(2, oneClean.Count(t => t.Kind == TaskKind.Sampling));
        Assert.Equal(1, twoClean.Count(t => t.Kind == TaskKind.Sampling));
        Assert.Contains("随机系数0.5", twoClean[0].Basis);
    }

    [Fact]
    public void AnOOperatorIsSupervisedReactivelyWithNothingPlanned() =>
        Assert.Empty(Plan(Subject(credit: CreditStanding.NeverScored), CreditScheme, Jan5));

    [Fact]
    public void ReplanningKeepsDoneAndDispatchedTasksAndMakesUpTheRest()
    {
        var low = Plan(Subject(RiskClass.Low), Jiaxing, Jan5);
        var first = low.First(t => t.ProductCode == "0801");
        var done = low.Select(t => t.Id == first.Id ? t with { Outcome = Passed(Jan5.AddDays(10)) } : t).ToList();

        var later = Jan5.AddDays(20);
        var high = Plan(Subject(RiskClass.High), Jiaxing, later, done);

        Assert.Contains(high, t => t.Id == first.Id && t.Outcome is not null);
        Assert.Equal(4, high.Count(t => t.Kind == TaskKind.Sampling && t.ProductCode == "0801"));   // 1 done + 3 new
        Assert.All(high.Where(t => t.Outcome is null && t.PlannedAt == later), t => Assert.True(t.Due > later));
        // Re-planning with nothing changed plans nothing new.
        var again = Plan(Subject(RiskClass.High), Jiaxing, later, high);
        Assert.Equal(high.Select(t => t.Id), again.Select(t => t.Id));
    }

    [Fact]
    public void ARectificationOrderCreatesAReinspectionWithADeadline()
    {
        var task = Plan(Subject(RiskClass.Low), Jiaxing, Jan5)[0];
        var outcome = new TaskOutcome(Jan5.AddDays(3), false, ["标志不合格"], true, null, new Officer("nanhu-inspector", Role.CountyBureau), "ev-1");
        var reinspection = SupervisionPlanner.Reinspection(task, outcome, "r1", Jiaxing)!;
        Assert.Equal(TaskKind.Reinspection, reinspection.Kind);
        Assert.Equal(Jan5.AddDays(33), reinspection.Due);
        Assert.Equal(task.Id, reinspection.FollowsTaskId);
        Assert.Null(SupervisionPlanner.Reinspection(task, outcome with { RectificationOrdered = false }, "r2", Jiaxing));
    }

    [Fact]
    public void StatusMovesFromPlannedToDispatchedToOverdueWithTheClock()
    {
        var clock = new ManualTimeProvider(Jan5.UtcDateTime);
        var task = new SupervisionTask("t1", Uscc, "330402", TaskKind.Sampling, "0801", ProductRiskGrade.Level1, SupervisionMode.Strict,
            Jan5, Jan5.AddDays(60), "");
        Assert.Equal(SupervisionTaskStatus.Planned, SupervisionPlanner.StatusOf(task, clock.GetUtcNow(), Jiaxing));
        clock.Advance(TimeSpan.FromDays(30));
        Assert.Equal(SupervisionTaskStatus.Dispatched, SupervisionPlanner.StatusOf(task, clock.GetUtcNow(), Jiaxing));
        clock.Advance(TimeSpan.FromDays(30));
        Assert.Equal(SupervisionTaskStatus.Dispatched, SupervisionPlanner.StatusOf(task, clock.GetUtcNow(), Jiaxing)); // due moment itself
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(SupervisionTaskStatus.Overdue, SupervisionPlanner.StatusOf(task, clock.GetUtcNow(), Jiaxing));
        Assert.Equal(SupervisionTaskStatus.Completed,
            SupervisionPlanner.StatusOf(task with { Outcome = Passed(clock.GetUtcNow()) }, clock.GetUtcNow(), Jiaxing));
    }

    [Fact]
    public void CountyReportCountsPlanDoneOverdueAndHighRiskCoverage()
    {
        var clock = new ManualTimeProvider(Jan5.UtcDateTime);
        var highPlan = Plan(Subject(RiskClass.High), Jiaxing, clock.GetUtcNow());
        var lowPlan = Plan(Subject(RiskClass.Low), Jiaxing, clock.GetUtcNow());
        var covered = highPlan.Select((t, i) => i == 0 ? t with { Outcome = Passed(Jan5.AddDays(1)) } : t).ToList();
        EnterpriseTaskSummary[] county =
        [
            new("A", true, true, covered),
            new("B", true, true, highPlan),
            new("C", false, true, lowPlan),
        ];
        var report = SupervisionReports.County("330402", county, clock.GetUtcNow(), Jiaxing);
        Assert.Equal(highPlan.Count * 2 + lowPlan.Count, report.Planned);
        Assert.Equal(1, report.Done);
        Assert.Equal(0, report.Overdue);
        Assert.Equal((2, 1, 50.0m), (report.HighRiskEnterprises, report.HighRiskCovered, report.HighRiskCoveragePercent));

        var firstDue = covered.Where(t => t.Outcome is null).Min(t => t.Due);
        clock.SetUtcNow(firstDue.AddSeconds(1));
        var later = SupervisionReports.County("330402", county, clock.GetUtcNow(), Jiaxing);
        Assert.Equal(county.Sum(e => e.Tasks.Count(t => t.Outcome is null && t.Due < clock.GetUtcNow())), later.Overdue);
        Assert.True(later.Overdue >= 1);
    }

    private static TaskOutcome Passed(DateTimeOffset at) => new(at, true, [], false, null, new Officer("inspector", Role.CountyBureau), null);
}
