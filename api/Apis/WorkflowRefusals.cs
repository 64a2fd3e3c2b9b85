using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using QualityMap.Api.Problems;
using QualityMap.Grains.Warnings;
using static QualityMap.Grains.Warnings.WorkflowRules;

namespace QualityMap.Api.Apis;

/// <summary>A workflow refusal as docs/bureau-api.md promises it: status by kind of rule, the rule, and the body field at fault.</summary>
internal static class WorkflowRefusals
{
    public static ProblemHttpResult Problem(WarningCommand command, string rule, string detail) =>
        // A rule about who acts or about the warning's stage concerns no body field but the warning itself: the path's id.
        Problems.Problem.Of(StatusOf(rule), ProblemTypes.WorkflowRefused, "Refused by the warning workflow", detail, FieldOf(command, rule) ?? "id", rule);

    /// <summary>403 who may act, 400 bad input, 404 no such warning, 409 a step the warning's stage does not allow.</summary>
    public static int StatusOf(string rule) => rule switch
    {
        CountyBureauOnly or CityBureauOnly or OtherCounty or OtherCity => StatusCodes.Status403Forbidden,
        TextRequired or SamplingInvalid or DocumentNumberFormat or DeadlineNotAfterIssue => StatusCodes.Status400BadRequest,
        UnknownWarning => StatusCodes.Status404NotFound,
        _ => StatusCodes.Status409Conflict,
    };

    /// <summary>The body field a refusal is about, in the order <see cref="WarningWorkflow.Decide"/> checks them.</summary>
    private static string? FieldOf(WarningCommand command, string rule) => (rule, command) switch
    {
        (TextRequired, FilePlan plan) => string.IsNullOrWhiteSpace(plan.DocumentNo) ? "documentNo" : "summary",
        (TextRequired, ReviewPlan) => "comment",
        (TextRequired, LiftWarning or IssueBulletin) => "documentNo",
        (DocumentNumberFormat or DocumentNumberTaken, _) => "documentNo",
        (DeadlineNotAfterIssue, _) => "deadline",
        (TextRequired, _) => "summary",
        (SamplingInvalid, RecordInvestigation) => "enterprisesInvestigated",
        (SamplingInvalid or SamplingIncomplete, _) => "samples",
        _ => null,
    };
}
