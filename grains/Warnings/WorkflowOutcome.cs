namespace QualityMap.Grains.Warnings;

/// <summary>
/// What the workflow makes of a command: the stage it moves to with the history detail (zh-CN), or the rule that
/// refuses it with an explanation.
/// </summary>
[GenerateSerializer, Immutable, Alias("qm.WorkflowOutcome")]
public sealed record WorkflowOutcome(WarningStage Stage, string Detail, string? RefusedRule = null)
{
    public bool Refused => RefusedRule is not null;

    public static WorkflowOutcome To(WarningStage stage, string detail) => new(stage, detail);

    public static WorkflowOutcome Refuse(WarningStage stage, string rule, string explanation) => new(stage, explanation, rule);
}

/// <summary>The stable ids of the refusals, used as the problem detail's rule.</summary>
public static class WorkflowRules
{
    public const string UnknownWarning = "unknown-warning";
    public const string CountyBureauOnly = "county-bureau-only";
    public const string CityBureauOnly = "city-bureau-only";
    public const string OtherCounty = "other-county";
    public const string OtherCity = "other-city";
    public const string WarningLifted = "warning-lifted";
    public const string PlanUnderReview = "plan-under-review";
    public const string PlanAlreadyAccepted = "plan-already-accepted";
    public const string NoPlanUnderReview = "no-plan-under-review";
    public const string PlanNotAccepted = "plan-not-accepted";
    public const string InvestigationRequired = "investigation-required";
    public const string AcceptanceNotRequested = "acceptance-not-requested";
    public const string AcceptanceNotPassed = "acceptance-not-passed";
    public const string SamplingIncomplete = "sampling-incomplete";
    public const string SamplingInvalid = "sampling-invalid";
    public const string TextRequired = "text-required";
    public const string DocumentNumberFormat = "document-number-format";
    public const string DocumentNumberTaken = "document-number-taken";
    public const string DeadlineNotAfterIssue = "deadline-not-after-issue";
    public const string BulletinAlreadyIssued = "bulletin-already-issued";
}
