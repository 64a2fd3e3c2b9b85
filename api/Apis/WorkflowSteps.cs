using QualityMap.Grains.Regions;
using QualityMap.Grains.Warnings;

namespace QualityMap.Api.Apis;

/// <summary>
/// The step paths of <c>/api/warnings/{id}/…</c> and which of them a bureau may take now. The answer asks the same
/// pure <see cref="WarningWorkflow.Decide"/> the grain asks, so a page's buttons never disagree with the workflow.
/// </summary>
internal static class WorkflowSteps
{
    public const string Plan = "plan";
    public const string PlanReview = "plan-review";
    public const string Investigations = "investigations";
    public const string Guidance = "guidance";
    public const string Revocations = "revocations";
    public const string AcceptanceApplication = "acceptance-application";
    public const string AcceptanceSampling = "acceptance-sampling";
    public const string Lift = "lift";
    public const string Bulletin = "bulletin";

    private const string Text = "-";

    /// <summary>
    /// A plausible command per step: well-formed input, so only who acts and the warning's stage decide. The
    /// sampling stand-in is judged without the county's high-risk list, which only the real sampling's content
    /// can satisfy or not.
    /// </summary>
    private static readonly (string Path, Func<Bureau, WarningCommand> Probe)[] All =
    [
        (Plan, by => new FilePlan(Text, Text) { By = by }),
        (PlanReview, by => new ReviewPlan(true, Text) { By = by }),
        (Investigations, by => new RecordInvestigation(1, Text) { By = by }),
        (Guidance, by => new RecordGuidance(Text) { By = by }),
        (Revocations, by => new RecordRevocation(Text, Text, Text, Text) { By = by }),
        (AcceptanceApplication, by => new ApplyForAcceptance(Text) { By = by }),
        (AcceptanceSampling, by => new RecordAcceptanceSampling([new AcceptanceSample(Text, 1, 0)]) { By = by }),
        (Lift, by => new LiftWarning(Text) { By = by }),
        (Bulletin, by => new IssueBulletin("嘉市监〔2026〕1号", DateOnly.MinValue, DateOnly.MaxValue) { By = by }),
    ];

    public static IReadOnlyList<string> Allowed(WarningPosition at, Bureau by) =>
        [.. All.Where(step => !Decide(at, step.Probe(by)).Refused).Select(step => step.Path)];

    /// <summary>The workflow's answer without the county's high-risk list (see <see cref="All"/>).</summary>
    public static WorkflowOutcome Decide(WarningPosition at, WarningCommand command) =>
        WarningWorkflow.Decide(at, command, [], requireAllHighRiskSampled: false);

    /// <summary>Where a warning stands, from its view: the grain counts investigations as its history records them.</summary>
    public static WarningPosition PositionOf(WarningView warning, RegionTree tree) => new(
        warning.CountyCode,
        tree.Find(warning.CountyCode)?.ParentCode,
        warning.Stage,
        warning.History.Count(h => h.Action == WarningActions.InvestigationRecorded),
        warning.BulletinDocumentNo is not null);
}

/// <summary>The answer of <c>GET /api/warnings/{id}/actions</c>: the steps allowed now and the county's present deadline.</summary>
public sealed record AllowedSteps(IReadOnlyList<string> Actions, WarningDeadline? Deadline);
