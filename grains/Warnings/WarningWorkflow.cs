using QualityMap.Grains.Bulletins;

namespace QualityMap.Grains.Warnings;

/// <summary>Where a warning stands, as far as the workflow needs to know.</summary>
/// <param name="BulletinIssued">The city has issued the warning's 警情通报 already: one per warning.</param>
[GenerateSerializer, Immutable, Alias("qm.WarningPosition")]
public sealed record WarningPosition(string CountyCode, string? CityCode, WarningStage Stage, int InvestigationsRecorded, bool BulletinIssued = false);

/// <summary>
/// The §4.2 workflow as a pure function: given where a warning stands, who acts and what they ask, the next stage
/// or the rule that refuses it. Roles (§4.2, "Roles"): only the bureau of the warned county files, records and
/// applies; only the bureau of its city reviews plans, records acceptance and lifts.
/// </summary>
public static class WarningWorkflow
{
    /// <param name="highRiskUsccs">The county's high-risk enterprises now: an acceptance sampling must cover them.</param>
    /// <param name="requireAllHighRiskSampled">Refuse a sampling that leaves one of them out (configurable).</param>
    public static WorkflowOutcome Decide(
        WarningPosition at, WarningCommand command, IReadOnlyCollection<string> highRiskUsccs, bool requireAllHighRiskSampled)
    {
        var stage = at.Stage;
        if (stage == WarningStage.Lifted)
            return WorkflowOutcome.Refuse(stage, WorkflowRules.WarningLifted, "The warning is lifted; nothing more can be recorded on it.");
        if (Authorise(at, command) is { } refusal) return refusal;

        return command switch
        {
            FilePlan plan => FilePlan(at, plan),
            ReviewPlan review => stage != WarningStage.PlanUnderReview
                ? WorkflowOutcome.Refuse(stage, WorkflowRules.NoPlanUnderReview, "There is no plan waiting for review.")
                : review.Accepted
                    ? WorkflowOutcome.To(WarningStage.Rectifying, $"整治方案审核通过。{review.Comment}")
                    : RequireText(stage, review.Comment, "comment") ?? WorkflowOutcome.To(WarningStage.AwaitingPlan, $"整治方案退回：{review.Comment}"),
            RecordInvestigation investigation => RequireRectifying(stage)
                ?? (investigation.EnterprisesInvestigated < 1
                    ? WorkflowOutcome.Refuse(stage, WorkflowRules.SamplingInvalid, "enterprisesInvestigated must be at least 1.")
                    : RequireText(stage, investigation.Summary, "summary")
                      ?? WorkflowOutcome.To(stage, $"排查企业{investigation.EnterprisesInvestigated}家：{investigation.Summary}")),
            RecordGuidance guidance => RequireRectifying(stage)
                ?? RequireText(stage, guidance.Summary, "summary") ?? WorkflowOutcome.To(stage, $"分级指导与整改要求：{guidance.Summary}"),
            RecordRevocation revocation => RequireRectifying(stage)
                ?? WorkflowOutcome.To(stage, $"吊销许可证 {revocation.LicenceNo}（{revocation.Uscc}）：{revocation.Reason}"),
            ApplyForAcceptance apply => stage != WarningStage.Rectifying
                ? WorkflowOutcome.Refuse(stage, WorkflowRules.PlanNotAccepted, $"Acceptance can be applied for only while rectifying (now: {stage}).")
                : at.InvestigationsRecorded == 0
                    ? WorkflowOutcome.Refuse(stage, WorkflowRules.InvestigationRequired, "Record the investigation of the region's producers (§4.2.2 a) before applying.")
                    : WorkflowOutcome.To(WarningStage.AcceptanceRequested, $"申请验收：{apply.Summary}"),
            RecordAcceptanceSampling sampling => Sample(at, sampling, highRiskUsccs, requireAllHighRiskSampled),
            LiftWarning lift => stage != WarningStage.AcceptancePassed
                ? WorkflowOutcome.Refuse(stage, WorkflowRules.AcceptanceNotPassed, "A warning is lifted only after a passed acceptance (§4.2.3.2).")
                : RequireText(stage, lift.DocumentNo, "documentNo") ?? WorkflowOutcome.To(WarningStage.Lifted, $"解除预警，文号 {lift.DocumentNo}"),
            IssueBulletin issue => at.BulletinIssued
                ? WorkflowOutcome.Refuse(stage, WorkflowRules.BulletinAlreadyIssued, "The warning's bulletin has been issued already; one bulletin per warning.")
                : BulletinRules.Refusal(stage, issue)
                  ?? WorkflowOutcome.To(stage, $"发布警情通报 {issue.DocumentNo}，整治期限 {issue.Deadline:yyyy-MM-dd}"),
            _ => throw new ArgumentOutOfRangeException(nameof(command), command.GetType().Name, "Unknown warning command."),
        };
    }

    private static WorkflowOutcome? Authorise(WarningPosition at, WarningCommand command)
    {
        var by = command.By;
        var cityActs = command is ReviewPlan or RecordAcceptanceSampling or LiftWarning or IssueBulletin;
        if (cityActs)
        {
            if (by.Level != BureauLevel.City)
                return WorkflowOutcome.Refuse(at.Stage, WorkflowRules.CityBureauOnly, "Only the city bureau reviews plans, records acceptance, lifts warnings and issues bulletins.");
            if (by.RegionCode != at.CityCode)
                return WorkflowOutcome.Refuse(at.Stage, WorkflowRules.OtherCity, $"The warning is for county {at.CountyCode}, which is not in city {by.RegionCode}.");
            return null;
        }

        if (by.Level != BureauLevel.County)
            return WorkflowOutcome.Refuse(at.Stage, WorkflowRules.CountyBureauOnly, "Only the county bureau of the warned county files plans, records the response and applies for acceptance.");
        if (by.RegionCode != at.CountyCode)
            return WorkflowOutcome.Refuse(at.Stage, WorkflowRules.OtherCounty, $"The warning is for county {at.CountyCode}, not {by.RegionCode}.");
        return null;
    }

    private static WorkflowOutcome FilePlan(WarningPosition at, FilePlan plan) => at.Stage switch
    {
        WarningStage.AwaitingPlan => RequireText(at.Stage, plan.DocumentNo, "documentNo")
                                     ?? RequireText(at.Stage, plan.Summary, "summary")
                                     ?? WorkflowOutcome.To(WarningStage.PlanUnderReview, $"提交整治方案 {plan.DocumentNo}：{plan.Summary}"),
        WarningStage.PlanUnderReview => WorkflowOutcome.Refuse(at.Stage, WorkflowRules.PlanUnderReview, "A plan is already under review; wait for the city bureau's decision."),
        _ => WorkflowOutcome.Refuse(at.Stage, WorkflowRules.PlanAlreadyAccepted, "The plan has been accepted already."),
    };

    private static WorkflowOutcome Sample(
        WarningPosition at, RecordAcceptanceSampling sampling, IReadOnlyCollection<string> highRiskUsccs, bool requireAll)
    {
        if (at.Stage != WarningStage.AcceptanceRequested)
            return WorkflowOutcome.Refuse(at.Stage, WorkflowRules.AcceptanceNotRequested, "The county bureau has not applied for acceptance.");
        var samples = sampling.Samples;
        if (samples.Count == 0 || samples.Any(s => s.BatchesSampled < 1 || s.BatchesFailed < 0 || s.BatchesFailed > s.BatchesSampled)
            || samples.Select(s => s.Uscc).Distinct(StringComparer.Ordinal).Count() != samples.Count)
            return WorkflowOutcome.Refuse(at.Stage, WorkflowRules.SamplingInvalid,
                "Every sample needs batchesSampled ≥ 1 and 0 ≤ batchesFailed ≤ batchesSampled, one entry per enterprise.");
        // §4.2.3.1 samples the region's high-risk enterprises: leaving one out would pass a region too easily.
        var missing = highRiskUsccs.Except(samples.Select(s => s.Uscc), StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (requireAll && missing.Count > 0)
            return WorkflowOutcome.Refuse(at.Stage, WorkflowRules.SamplingIncomplete,
                $"The sampling leaves out {missing.Count} high-risk enterprise(s) of the county: {string.Join(", ", missing)}.");

        var failed = AcceptanceRules.BatchesFailed(samples);
        var sampled = AcceptanceRules.BatchesSampled(samples);
        var percent = AcceptanceRules.FailurePercent(samples);
        return AcceptanceRules.Passes(samples)
            ? WorkflowOutcome.To(WarningStage.AcceptancePassed, $"验收抽查{samples.Count}家企业{sampled}批次，不合格{failed}批次（{percent:0.##}%），验收通过")
            : WorkflowOutcome.To(WarningStage.Rectifying, $"验收抽查{samples.Count}家企业{sampled}批次，不合格{failed}批次（{percent:0.##}%），超过10%，验收不通过，退回整改");
    }

    private static WorkflowOutcome? RequireRectifying(WarningStage stage) =>
        stage is WarningStage.PlanUnderReview or WarningStage.Rectifying
            ? null
            : WorkflowOutcome.Refuse(stage, WorkflowRules.PlanNotAccepted, $"The response is recorded after the plan is filed and before acceptance is applied for (now: {stage}).");

    private static WorkflowOutcome? RequireText(WarningStage stage, string? text, string field) =>
        string.IsNullOrWhiteSpace(text) ? WorkflowOutcome.Refuse(stage, WorkflowRules.TextRequired, $"{field} must not be empty.") : null;
}
