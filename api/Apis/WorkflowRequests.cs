using QualityMap.Grains.Warnings;

namespace QualityMap.Api.Apis;

/// <summary>
/// A workflow step's JSON body. Fields are nullable so that a missing one is named in the answer: missing text
/// becomes empty text, which the workflow refuses as <c>text-required</c> naming the field; a missing number or
/// flag has no safe default (a sample without <c>batchesFailed</c> must not pass as 0 failed) and is named here.
/// </summary>
internal interface IWorkflowRequest
{
    /// <summary>The body field that is missing and has no safe default, or null.</summary>
    string? MissingField();

    WarningCommand ToCommand(Bureau by);
}

internal sealed record PlanRequest(string? DocumentNo, string? Summary) : IWorkflowRequest
{
    public string? MissingField() => null;

    public WarningCommand ToCommand(Bureau by) => new FilePlan(DocumentNo ?? "", Summary ?? "") { By = by };
}

internal sealed record PlanReviewRequest(bool? Accepted, string? Comment) : IWorkflowRequest
{
    public string? MissingField() => Accepted is null ? "accepted" : null;

    public WarningCommand ToCommand(Bureau by) => new ReviewPlan(Accepted!.Value, Comment ?? "") { By = by };
}

internal sealed record InvestigationRequest(int? EnterprisesInvestigated, string? Summary) : IWorkflowRequest
{
    public string? MissingField() => EnterprisesInvestigated is null ? "enterprisesInvestigated" : null;

    public WarningCommand ToCommand(Bureau by) => new RecordInvestigation(EnterprisesInvestigated!.Value, Summary ?? "") { By = by };
}

internal sealed record GuidanceRequest(string? Summary) : IWorkflowRequest
{
    public string? MissingField() => null;

    public WarningCommand ToCommand(Bureau by) => new RecordGuidance(Summary ?? "") { By = by };
}

internal sealed record AcceptanceApplicationRequest(string? Summary) : IWorkflowRequest
{
    public string? MissingField() => null;

    public WarningCommand ToCommand(Bureau by) => new ApplyForAcceptance(Summary ?? "") { By = by };
}

internal sealed record SampleRequest(string? Uscc, int? BatchesSampled, int? BatchesFailed);

internal sealed record AcceptanceSamplingRequest(IReadOnlyList<SampleRequest?>? Samples) : IWorkflowRequest
{
    public string? MissingField()
    {
        if (Samples is null) return "samples";
        for (var i = 0; i < Samples.Count; i++)
        {
            if (Samples[i] is not { } sample) return $"samples[{i}]";
            if (string.IsNullOrWhiteSpace(sample.Uscc)) return $"samples[{i}].uscc";
            if (sample.BatchesSampled is null) return $"samples[{i}].batchesSampled";
            if (sample.BatchesFailed is null) return $"samples[{i}].batchesFailed";
        }
        return null;
    }

    public WarningCommand ToCommand(Bureau by) =>
        new RecordAcceptanceSampling([.. Samples!.Select(s => new AcceptanceSample(s!.Uscc!, s.BatchesSampled!.Value, s.BatchesFailed!.Value))]) { By = by };
}

internal sealed record LiftRequest(string? DocumentNo) : IWorkflowRequest
{
    public string? MissingField() => null;

    public WarningCommand ToCommand(Bureau by) => new LiftWarning(DocumentNo ?? "") { By = by };
}

/// <summary>§4.2.2 c): the body of a revocation; all three are needed for the <c>licence_revoked</c> event and its audit.</summary>
internal sealed record RevocationRequest(string? Uscc, string? LicenceNo, string? Reason)
{
    public string? EmptyField() =>
        string.IsNullOrWhiteSpace(Uscc) ? "uscc"
        : string.IsNullOrWhiteSpace(LicenceNo) ? "licenceNo"
        : string.IsNullOrWhiteSpace(Reason) ? "reason"
        : null;
}
