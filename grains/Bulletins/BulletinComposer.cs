using System.Globalization;
using QualityMap.Grains.Classification;
using QualityMap.Grains.Regions;
using QualityMap.Grains.Warnings;

namespace QualityMap.Grains.Bulletins;

/// <summary>
/// The 警情通报 from its records, as a pure function: the journaled issue step (with the facts it read) and the
/// warning's raise or escalation reason, named through the region tree. The Jiaxing 2020 guideline has the city bureau
/// issue it to the local government for a regional problem (“市局要及时发布警情通报，通报当地政府”); the measures are
/// DB3304/T 056—2023 §4.2.2.
/// </summary>
public static class BulletinComposer
{
    private const string Bureau = "市场监督管理局";

    // DB3304/T 056—2023 §4.2.2, word for word.
    private const string MeasuresIntro = "制定整治方案，报设区市市场监督管理部门，并做好以下工作：";
    private static readonly string[] Measures =
    [
        "a) 对预警区域的产品生产企业进行调查摸底，建立生产企业的产品质量信息档案；",
        "b) 对预警区域内企业进行分类指导，提出整治要求，实施有针对性的整治；",
        "c) 对整顿期满后经再次复查仍不合格的产品生产企业，依法吊销企业相关证照。",
    ];

    public static Bulletin Compose(IssuedBulletin issued, WarningView warning, RegionTree tree)
    {
        var issue = issued.Command;
        var facts = issue.Facts ?? new BulletinFacts(0, 0, []);
        var county = tree.Find(warning.CountyCode);
        var countyName = county?.Name ?? warning.CountyCode;
        var cityName = county?.ParentCode is { } city ? tree.Find(city)?.Name ?? city : "";
        var level = warning.Level == WarningLevel.Red ? "红色" : "橙色";
        var share = $"监测企业 {facts.Monitored} 家中 {facts.HighRisk} 家高风险";
        var reason = ReasonOf(warning);
        var opening = $"根据产品质量安全“一图一码”区域分色监测，{countyName}为{level}预警区域（预警编号 {warning.Id}，" +
                      $"{Date(warning.RaisedAt)}发出）：{share}。预警原因：{reason}。依据 DB3304/T 056—2023 第4.2条，现将有关情况通报如下。";
        return new Bulletin(
            warning.Id,
            issue.DocumentNo,
            cityName + Bureau,
            $"关于{countyName}产品质量安全{level}预警的警情通报",
            $"{countyName}人民政府：",
            warning.CountyCode,
            countyName,
            level,
            share,
            reason,
            opening,
            [.. facts.Enterprises.Select(e => EnterpriseOf(e, tree))],
            countyName + Bureau + MeasuresIntro,
            Measures,
            issue.Deadline,
            $"请于{Date(issue.Deadline)}前完成整治，并向{cityName}{Bureau}提出验收申请（DB3304/T 056—2023 第4.2.3.1条）。",
            issue.IssuedOn,
            Date(issue.IssuedOn),
            countyName + Bureau,
            issue.By.ActorId,
            issued.At);
    }

    // The latest decision's detail says why the county is warned now (an escalation replaces the raise's reason).
    private static string ReasonOf(WarningView warning) =>
        warning.History.LastOrDefault(h => h.Action is WarningActions.Raised or WarningActions.Escalated)?.Detail ?? "";

    private static BulletinEnterprise EnterpriseOf(BulletinEnterpriseFacts enterprise, RegionTree tree) => new(
        enterprise.Name,
        enterprise.Uscc,
        enterprise.TownCode is { } town ? tree.Find(town)?.Name ?? town : "",
        [.. enterprise.Reasons.Select(reason => EvidenceOf(reason, enterprise.Evidence ?? []))]);

    // Each evidence event with the day it occurred, where the facts read at issue held it.
    private static string EvidenceOf(ClassReason reason, IReadOnlyList<EvidenceDate> dates)
    {
        var events = reason.EvidenceEventIds.Select(id => dates.FirstOrDefault(d => d.EventId == id) is { } date ? $"{Date(date.OccurredAt)} {id}" : id);
        var until = reason.Until is { } end ? $"，{Date(end)}前有效" : "";
        return $"{RuleName(reason.Rule)}（依据事件：{string.Join("、", events)}{until}）";
    }

    /// <summary>The high-risk rules of DB3304/T 055—2023 (its default list) as a bureau reads them.</summary>
    private static string RuleName(string rule) => rule switch
    {
        RuleIds.FailedSampling => "监督抽查不合格",
        RuleIds.AdministrativePenalty => "因产品质量违法受到行政处罚",
        RuleIds.Licence => "许可证被吊销、暂扣或无证生产",
        RuleIds.FailedReinspection => "整改后复查仍不合格",
        RuleIds.DishonestyListing => "列入严重违法失信名单",
        RuleIds.RefusedSampling => "拒绝或阻碍监督抽查",
        RuleIds.QualityAccident => "发生产品质量安全事故",
        _ => rule,
    };

    private static readonly TimeSpan ChinaStandardTime = TimeSpan.FromHours(8);

    private static string Date(DateOnly date) => date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);

    private static string Date(DateTimeOffset at) => Date(DateOnly.FromDateTime(at.ToOffset(ChinaStandardTime).DateTime));
}
