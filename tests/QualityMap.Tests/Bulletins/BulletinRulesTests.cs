using QualityMap.Grains.Bulletins;
using QualityMap.Grains.Classification;
using QualityMap.Grains.Regions;
using QualityMap.Grains.Warnings;

namespace QualityMap.Tests.Bulletins;

/// <summary>The bulletin's rules and its composition as pure functions: who issues, which numbers and deadlines pass, what the document says.</summary>
public sealed class BulletinRulesTests
{
    private static readonly Bureau City = new("jiaxing-officer", BureauLevel.City, "330400");
    private static readonly Bureau Nanhu = new("nanhu-officer", BureauLevel.County, "330402");
    private static readonly DateOnly Today = new(2026, 12, 7);
    private static readonly WarningPosition Open = new("330402", "330400", WarningStage.Rectifying, 1);

    [Theory]
    [InlineData("嘉市监〔2026〕12号", 1, null)]
    [InlineData("嘉市监〔2026〕12号", 0, WorkflowRules.DeadlineNotAfterIssue)]     // the deadline must be after the issue date
    [InlineData("嘉市监〔2026〕12号", -1, WorkflowRules.DeadlineNotAfterIssue)]
    [InlineData("", 30, WorkflowRules.TextRequired)]
    [InlineData("嘉市监〔2026〕012号", 30, WorkflowRules.DocumentNumberFormat)]    // GB/T 9704: no leading zero
    [InlineData("嘉市监[2026]12号", 30, WorkflowRules.DocumentNumberFormat)]       // the year in 六角括号
    [InlineData("嘉市监〔26〕12号", 30, WorkflowRules.DocumentNumberFormat)]       // the year in full
    [InlineData("〔2026〕12号", 30, WorkflowRules.DocumentNumberFormat)]           // the issuer's code
    [InlineData("嘉市监〔2026〕12", 30, WorkflowRules.DocumentNumberFormat)]
    public void ADocumentNumberAndADeadlineAfterTheIssueDatePass(string documentNo, int days, string? rule)
    {
        var outcome = WarningWorkflow.Decide(Open, Issue(documentNo, days, City), [], false);
        Assert.Equal(rule, outcome.RefusedRule);
        if (rule is null) Assert.Equal(WarningStage.Rectifying, outcome.Stage);    // issuing moves no stage
    }

    [Fact]
    public void OnlyTheCityIssuesOnlyOnAnOpenWarningAndOnlyOnce()
    {
        Assert.Equal(WorkflowRules.CityBureauOnly, WarningWorkflow.Decide(Open, Issue("南市监〔2026〕1号", 30, Nanhu), [], false).RefusedRule);
        Assert.Equal(WorkflowRules.OtherCity,
            WarningWorkflow.Decide(Open, Issue("湖市监〔2026〕1号", 30, new("huzhou", BureauLevel.City, "330500")), [], false).RefusedRule);
        Assert.Equal(WorkflowRules.WarningLifted, WarningWorkflow.Decide(Open with { Stage = WarningStage.Lifted }, Issue("嘉市监〔2026〕1号", 30, City), [], false).RefusedRule);
        Assert.Equal(WorkflowRules.BulletinAlreadyIssued, WarningWorkflow.Decide(Open with { BulletinIssued = true }, Issue("嘉市监〔2026〕2号", 30, City), [], false).RefusedRule);
    }

    [Fact]
    public void TheDocumentNamesTheCountyLevelShareEnterprisesEvidenceMeasuresAndDeadline()
    {
        var tree = new RegionTree([
            new Region("330000", "浙江省", RegionLevel.Province, null),
            new Region("330400", "嘉兴市", RegionLevel.City, "330000"),
            new Region("330402", "南湖区", RegionLevel.County, "330400"),
            new Region("330402007", "建设街道", RegionLevel.Town, "330402"),
        ]);
        var raised = new DateTimeOffset(2026, 12, 1, 2, 0, 0, TimeSpan.Zero);
        var warning = new WarningView("330402-0001", "330402", WarningLevel.Orange, WarningStatus.Open, WarningStage.AwaitingPlan, raised, null,
            [new WarningHistoryEntry(raised, WarningActions.Raised, "system", "南湖区橙色：30家监测企业中3家为高风险（10%）")], null);
        // Sampled on 2 November, 18:00 UTC: 3 November in China Standard Time, the day the bulletin names.
        var facts = new BulletinFacts(30, 1, [new BulletinEnterpriseFacts("91330402MA2B000001", "嘉兴某某电线有限公司", "330402007",
            [new ClassReason(RuleIds.FailedSampling, ["smp-1"], new DateTimeOffset(2027, 11, 1, 0, 0, 0, TimeSpan.Zero))],
            [new EvidenceDate("smp-1", new DateTimeOffset(2026, 11, 2, 18, 0, 0, TimeSpan.Zero))])]);
        var issue = new IssueBulletin("嘉市监〔2026〕12号", Today, Today.AddDays(30), facts) { By = City };

        var bulletin = BulletinComposer.Compose(new IssuedBulletin(issue, raised.AddDays(6), 42), warning, tree);
        // A bulletin journaled before the evidence dates were read names the events alone.
        var earlier = BulletinComposer.Compose(new IssuedBulletin(issue with { Facts = facts with { Enterprises = [facts.Enterprises[0] with { Evidence = null }] } },
            raised.AddDays(6), 42), warning, tree);

        Assert.Equal(("嘉兴市市场监督管理局", "南湖区人民政府：", "橙色"), (bulletin.Issuer, bulletin.Addressee, bulletin.Level));
        Assert.Equal("关于南湖区产品质量安全橙色预警的警情通报", bulletin.Title);
        Assert.Equal("监测企业 30 家中 1 家高风险", bulletin.Share);
        Assert.Contains("2026年12月1日发出", bulletin.Opening);
        Assert.Equal("南湖区橙色：30家监测企业中3家为高风险（10%）", bulletin.Reason);
        var enterprise = Assert.Single(bulletin.Enterprises);
        Assert.Equal(("嘉兴某某电线有限公司", "建设街道"), (enterprise.Name, enterprise.Town));
        Assert.Equal("监督抽查不合格（依据事件：2026年11月3日 smp-1，2027年11月1日前有效）", Assert.Single(enterprise.Evidence));
        Assert.Equal("监督抽查不合格（依据事件：smp-1，2027年11月1日前有效）", Assert.Single(Assert.Single(earlier.Enterprises).Evidence));
        Assert.Equal("南湖区市场监督管理局制定整治方案，报设区市市场监督管理部门，并做好以下工作：", bulletin.MeasuresIntro);
        Assert.Equal(["a) 对预警区域的产品生产企业进行调查摸底，建立生产企业的产品质量信息档案；",
            "b) 对预警区域内企业进行分类指导，提出整治要求，实施有针对性的整治；",
            "c) 对整顿期满后经再次复查仍不合格的产品生产企业，依法吊销企业相关证照。"], bulletin.Measures);
        Assert.StartsWith("请于2027年1月6日前完成整治", bulletin.DeadlineText);
        Assert.Equal(("2026年12月7日", "南湖区市场监督管理局", "jiaxing-officer"), (bulletin.IssuedOnText, bulletin.CopyTo, bulletin.IssuedBy));
    }

    [Fact]
    public void TheJournaledStepReadsBackWithItsFactsForAReplay()
    {
        var facts = new BulletinFacts(30, 1, [new BulletinEnterpriseFacts("91330402MA2B000001", "嘉兴某某电线有限公司", null,
            [new ClassReason(RuleIds.Licence, ["lic-1"], null)])]);
        var step = new WarningStep("330402-0001", new IssueBulletin("嘉市监〔2026〕12号", Today, Today.AddDays(30), facts) { By = City },
            WarningStage.Rectifying, "发布警情通报", DateTimeOffset.UnixEpoch);

        var payload = Silo.Ingestion.WarningStepSerializer.Serialize(step);
        var read = Assert.IsType<IssueBulletin>(Silo.Ingestion.WarningStepSerializer.Deserialize(payload).Command);

        Assert.Contains("\"action\":\"bulletin_issued\"", payload);
        Assert.Equal((Today, Today.AddDays(30), City), (read.IssuedOn, read.Deadline, read.By));
        var enterprise = Assert.Single(read.Facts!.Enterprises);
        Assert.Equal(("嘉兴某某电线有限公司", RuleIds.Licence, "lic-1"), (enterprise.Name, enterprise.Reasons[0].Rule, enterprise.Reasons[0].EvidenceEventIds[0]));
    }

    private static IssueBulletin Issue(string documentNo, int days, Bureau by) => new(documentNo, Today, Today.AddDays(days)) { By = by };
}
