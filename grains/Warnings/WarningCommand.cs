using System.Text.Json.Serialization;
using QualityMap.Grains.Bulletins;

namespace QualityMap.Grains.Warnings;

/// <summary>
/// A step in the §4.2 workflow of one warning: a bureau's, or the service's own raising and escalating (§4.2.1).
/// Serialised into the journal with its "action".
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "action")]
[JsonDerivedType(typeof(RaiseWarning), WarningActions.Raised)]
[JsonDerivedType(typeof(EscalateWarning), WarningActions.Escalated)]
[JsonDerivedType(typeof(FilePlan), WarningActions.PlanFiled)]
[JsonDerivedType(typeof(ReviewPlan), WarningActions.PlanReviewed)]
[JsonDerivedType(typeof(RecordInvestigation), WarningActions.InvestigationRecorded)]
[JsonDerivedType(typeof(RecordGuidance), WarningActions.GuidanceRecorded)]
[JsonDerivedType(typeof(RecordRevocation), WarningActions.RevocationRecorded)]
[JsonDerivedType(typeof(ApplyForAcceptance), WarningActions.AcceptanceApplied)]
[JsonDerivedType(typeof(RecordAcceptanceSampling), WarningActions.AcceptanceSampled)]
[JsonDerivedType(typeof(LiftWarning), WarningActions.Lifted)]
[JsonDerivedType(typeof(IssueBulletin), WarningActions.BulletinIssued)]
[GenerateSerializer, Alias("qm.WarningCommand")]
public abstract record WarningCommand
{
    /// <summary>Who acts; the workflow checks the bureau's level and region.</summary>
    [Id(0)]
    public required Bureau By { get; init; }
}

/// <summary>
/// §4.2.1: the county turned red or orange, so it gets a formal warning. Decided by the county grain from its counts
/// and journaled: the decision depends on the order in which changes reached the county, which a replay of the journal
/// does not reproduce, so a rebuild applies the journaled decision instead of deciding again.
/// </summary>
[GenerateSerializer, Immutable, Alias("qm.RaiseWarning")]
public sealed record RaiseWarning(string CountyCode, WarningLevel Level, string Reason) : WarningCommand;

/// <summary>§4.2.1: a county under an orange warning turned red; journaled like <see cref="RaiseWarning"/>.</summary>
[GenerateSerializer, Immutable, Alias("qm.EscalateWarning")]
public sealed record EscalateWarning(string Reason) : WarningCommand;

/// <summary>§4.2.2: the county bureau files its rectification plan (整治方案) with the city.</summary>
[GenerateSerializer, Immutable, Alias("qm.FilePlan")]
public sealed record FilePlan(string DocumentNo, string Summary) : WarningCommand;

/// <summary>The city bureau accepts the plan, or returns it with its comment for a new one.</summary>
[GenerateSerializer, Immutable, Alias("qm.ReviewPlan")]
public sealed record ReviewPlan(bool Accepted, string Comment) : WarningCommand;

/// <summary>§4.2.2 a): investigation of the region's producers and their quality files.</summary>
[GenerateSerializer, Immutable, Alias("qm.RecordInvestigation")]
public sealed record RecordInvestigation(int EnterprisesInvestigated, string Summary) : WarningCommand;

/// <summary>§4.2.2 b): graded guidance and rectification requirements.</summary>
[GenerateSerializer, Immutable, Alias("qm.RecordGuidance")]
public sealed record RecordGuidance(string Summary) : WarningCommand;

/// <summary>§4.2.2 c): a licence revoked because the enterprise still failed after the rectification period.</summary>
[GenerateSerializer, Immutable, Alias("qm.RecordRevocation")]
public sealed record RecordRevocation(string Uscc, string LicenceNo, string EventId, string Reason) : WarningCommand;

/// <summary>§4.2.3.1: the county bureau applies for acceptance.</summary>
[GenerateSerializer, Immutable, Alias("qm.ApplyForAcceptance")]
public sealed record ApplyForAcceptance(string Summary) : WarningCommand;

/// <summary>§4.2.3.1: the city bureau's acceptance sampling of the region's high-risk enterprises.</summary>
[GenerateSerializer, Immutable, Alias("qm.RecordAcceptanceSampling")]
public sealed record RecordAcceptanceSampling(IReadOnlyList<AcceptanceSample> Samples) : WarningCommand;

/// <summary>§4.2.3.2: the city bureau lifts the warning with its document number (文号).</summary>
[GenerateSerializer, Immutable, Alias("qm.LiftWarning")]
public sealed record LiftWarning(string DocumentNo) : WarningCommand;

/// <summary>
/// The city bureau issues a 警情通报 on an open warning (Jiaxing 2020: “市局要及时发布警情通报，通报当地政府”), with its
/// document number, its date and the county's deadline. <see cref="Facts"/> is what the warning grain read when it took
/// the step (null until then): journaled with it, so the document never changes afterwards.
/// </summary>
[GenerateSerializer, Immutable, Alias("qm.IssueBulletin")]
public sealed record IssueBulletin(string DocumentNo, DateOnly IssuedOn, DateOnly Deadline, BulletinFacts? Facts = null) : WarningCommand;

/// <summary>The history actions of a warning, as journaled and shown.</summary>
public static class WarningActions
{
    public const string Raised = "raised";
    public const string Escalated = "escalated";
    public const string PlanFiled = "plan_filed";
    public const string PlanReviewed = "plan_reviewed";
    public const string InvestigationRecorded = "investigation_recorded";
    public const string GuidanceRecorded = "guidance_recorded";
    public const string RevocationRecorded = "revocation_recorded";
    public const string AcceptanceApplied = "acceptance_applied";
    public const string AcceptanceSampled = "acceptance_sampled";
    public const string Lifted = "lifted";
    public const string BulletinIssued = "bulletin_issued";
}
