using QualityMap.Grains.Warnings;

namespace QualityMap.Tests.Warnings;

/// <summary>The §4.2 workflow as a pure function: every step, every refusal, and the 10 % boundary.</summary>
public sealed class WarningWorkflowTests
{
    private const string Nanhu = "330402";
    private static readonly Bureau NanhuBureau = new("nanhu-officer", BureauLevel.County, Nanhu);
    private static readonly Bureau XiuzhouBureau = new("xiuzhou-officer", BureauLevel.County, "330411");
    private static readonly Bureau CityBureau = new("jiaxing-officer", BureauLevel.City, "330400");
    private static readonly Bureau OtherCityBureau = new("huzhou-officer", BureauLevel.City, "330500");

    [Fact]
    public void TheWholeWayFromRaisedToLifted()
    {
        var stage = WarningStage.AwaitingPlan;
        stage = Step(stage, new FilePlan("南市监〔2026〕1号", "整治方案") { By = NanhuBureau }, WarningStage.PlanUnderReview);
        stage = Step(stage, new ReviewPlan(true, "同意") { By = CityBureau }, WarningStage.Rectifying);
        stage = Step(stage, new RecordInvestigation(12, "排查12家企业质量档案") { By = NanhuBureau }, WarningStage.Rectifying, investigations: 0);
        stage = Step(stage, new RecordGuidance("分级指导") { By = NanhuBureau }, WarningStage.Rectifying, investigations: 1);
        stage = Step(stage, new ApplyForAcceptance("整改完成") { By = NanhuBureau }, WarningStage.AcceptanceRequested, investigations: 1);
        stage = Step(stage, new RecordAcceptanceSampling([new("A", 10, 1)]) { By = CityBureau }, WarningStage.AcceptancePassed, highRisk: ["A"]);
        Step(stage, new LiftWarning("嘉市监〔2026〕9号") { By = CityBureau }, WarningStage.Lifted);
    }

    [Theory]
    [InlineData(10, 1, WarningStage.AcceptancePassed)]     // exactly 10 % passes (§4.2.3.1)
    [InlineData(1000, 101, WarningStage.Rectifying)]       // 10.1 % fails and goes back to rectification
    [InlineData(20, 2, WarningStage.AcceptancePassed)]
    [InlineData(9, 1, WarningStage.Rectifying)]            // 11.1 %
    [InlineData(5, 0, WarningStage.AcceptancePassed)]
    public void AcceptanceFailsAboveTenPercentOfBatches(int sampled, int failed, WarningStage expected)
    {
        var outcome = Decide(WarningStage.AcceptanceRequested, new RecordAcceptanceSampling([new("A", sampled, failed)]) { By = CityBureau }, ["A"]);
        Assert.False(outcome.Refused, outcome.Detail);
        Assert.Equal(expected, outcome.Stage);
    }

    [Fact]
    public void FailureRateIsOverAllBatchesOfAllSampledEnterprises()
    {
        // 1 of 6 and 0 of 4: 1 of 10 batches = 10 %, passes, although one enterprise alone is at 16.7 %.
        var outcome = Decide(WarningStage.AcceptanceRequested,
            new RecordAcceptanceSampling([new("A", 6, 1), new("B", 4, 0)]) { By = CityBureau }, ["A", "B"]);
        Assert.Equal(WarningStage.AcceptancePassed, outcome.Stage);
        Assert.Contains("不合格1批次（10%）", outcome.Detail);
    }

    public static TheoryData<WarningStage, WarningCommand, string> Refusals => new()
    {
        { WarningStage.AwaitingPlan, new LiftWarning("文号") { By = CityBureau }, WorkflowRules.AcceptanceNotPassed },
        { WarningStage.AcceptanceRequested, new LiftWarning("文号") { By = CityBureau }, WorkflowRules.AcceptanceNotPassed },
        { WarningStage.AcceptancePassed, new LiftWarning("文号") { By = NanhuBureau }, WorkflowRules.CityBureauOnly },
        { WarningStage.AcceptancePassed, new LiftWarning("文号") { By = OtherCityBureau }, WorkflowRules.OtherCity },
        { WarningStage.AcceptancePassed, new LiftWarning(" ") { By = CityBureau }, WorkflowRules.TextRequired },
        { WarningStage.AwaitingPlan, new FilePlan("1号", "方案") { By = XiuzhouBureau }, WorkflowRules.OtherCounty },
        { WarningStage.AwaitingPlan, new FilePlan("1号", "方案") { By = CityBureau }, WorkflowRules.CountyBureauOnly },
        { WarningStage.PlanUnderReview, new FilePlan("2号", "第二份方案") { By = NanhuBureau }, WorkflowRules.PlanUnderReview },
        { WarningStage.Rectifying, new FilePlan("2号", "方案") { By = NanhuBureau }, WorkflowRules.PlanAlreadyAccepted },
        { WarningStage.AwaitingPlan, new ReviewPlan(true, "") { By = CityBureau }, WorkflowRules.NoPlanUnderReview },
        { WarningStage.PlanUnderReview, new ReviewPlan(true, "同意") { By = NanhuBureau }, WorkflowRules.CityBureauOnly },
        { WarningStage.PlanUnderReview, new ReviewPlan(false, "") { By = CityBureau }, WorkflowRules.TextRequired },
        { WarningStage.AwaitingPlan, new RecordInvestigation(3, "排查") { By = NanhuBureau }, WorkflowRules.PlanNotAccepted },
        { WarningStage.Rectifying, new RecordInvestigation(3, "排查") { By = XiuzhouBureau }, WorkflowRules.OtherCounty },
        { WarningStage.PlanUnderReview, new ApplyForAcceptance("申请") { By = NanhuBureau }, WorkflowRules.PlanNotAccepted },
        { WarningStage.Rectifying, new ApplyForAcceptance("申请") { By = NanhuBureau }, WorkflowRules.InvestigationRequired },
        { WarningStage.Rectifying, new RecordAcceptanceSampling([new("A", 10, 0)]) { By = CityBureau }, WorkflowRules.AcceptanceNotRequested },
        { WarningStage.AcceptanceRequested, new RecordAcceptanceSampling([new("A", 10, 0)]) { By = NanhuBureau }, WorkflowRules.CityBureauOnly },
        { WarningStage.AcceptanceRequested, new RecordAcceptanceSampling([new("B", 10, 0)]) { By = CityBureau }, WorkflowRules.SamplingIncomplete },
        { WarningStage.AcceptanceRequested, new RecordAcceptanceSampling([new("A", 2, 3)]) { By = CityBureau }, WorkflowRules.SamplingInvalid },
        { WarningStage.AcceptanceRequested, new RecordAcceptanceSampling([new("A", 0, 0)]) { By = CityBureau }, WorkflowRules.SamplingInvalid },
        { WarningStage.AcceptanceRequested, new RecordAcceptanceSampling([new("A", 5, 0), new("A", 5, 0)]) { By = CityBureau }, WorkflowRules.SamplingInvalid },
        { WarningStage.AcceptanceRequested, new RecordAcceptanceSampling([]) { By = CityBureau }, WorkflowRules.SamplingInvalid },
        { WarningStage.Lifted, new FilePlan("1号", "方案") { By = NanhuBureau }, WorkflowRules.WarningLifted },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void InvalidStepsAreRefusedNamingTheRuleAndKeepTheStage(WarningStage stage, WarningCommand command, string rule)
    {
        var outcome = Decide(stage, command, ["A"], investigations: 0);
        Assert.Equal(rule, outcome.RefusedRule);
        Assert.Equal(stage, outcome.Stage);
    }

    [Fact]
    public void SamplingThatLeavesOutAHighRiskEnterpriseIsAcceptedWhenTheCityConfiguresSo()
    {
        var command = new RecordAcceptanceSampling([new("B", 10, 0)]) { By = CityBureau };
        var position = new WarningPosition(Nanhu, "330400", WarningStage.AcceptanceRequested, 1);
        Assert.Equal(WarningStage.AcceptancePassed, WarningWorkflow.Decide(position, command, ["A", "B"], requireAllHighRiskSampled: false).Stage);
        var refused = WarningWorkflow.Decide(position, command, ["A", "B"], requireAllHighRiskSampled: true);
        Assert.Contains("A", refused.Detail);
    }

    [Fact]
    public void AReturnedPlanMayBeFiledAgain()
    {
        var stage = Step(WarningStage.PlanUnderReview, new ReviewPlan(false, "措施不具体") { By = CityBureau }, WarningStage.AwaitingPlan);
        Step(stage, new FilePlan("2号", "修改后的方案") { By = NanhuBureau }, WarningStage.PlanUnderReview);
    }

    private static WarningStage Step(
        WarningStage from, WarningCommand command, WarningStage expected, string[]? highRisk = null, int investigations = 1)
    {
        var outcome = Decide(from, command, highRisk ?? [], investigations);
        Assert.False(outcome.Refused, $"{command.GetType().Name} refused: {outcome.RefusedRule} {outcome.Detail}");
        Assert.Equal(expected, outcome.Stage);
        return outcome.Stage;
    }

    private static WorkflowOutcome Decide(WarningStage stage, WarningCommand command, string[] highRisk, int investigations = 1) =>
        WarningWorkflow.Decide(new WarningPosition(Nanhu, "330400", stage, investigations), command, highRisk, requireAllHighRiskSampled: true);
}
