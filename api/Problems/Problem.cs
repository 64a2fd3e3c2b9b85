using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using QualityMap.Api.Ingestion;
using QualityMap.Grains.Enterprises;
using QualityMap.Grains.Events.Fields;

namespace QualityMap.Api.Problems;

/// <summary>Builds RFC 9457 problem details with a stable type and, where one field is at fault, its name and rule.</summary>
public static class Problem
{
    public static ProblemHttpResult Of(int status, string type, string title, string detail, string? field = null, string? rule = null)
    {
        var problem = new ProblemDetails { Status = status, Type = type, Title = title, Detail = detail };
        if (field is not null) problem.Extensions["field"] = field;
        if (rule is not null) problem.Extensions["rule"] = rule;
        return TypedResults.Problem(problem);
    }

    public static ProblemHttpResult NotFound(string type, string title, string detail, string field) =>
        Of(StatusCodes.Status404NotFound, type, title, detail, field, "must-exist");

    /// <summary>
    /// 400 when <paramref name="uscc"/> is not a well-formed GB 32100 unified social credit code; null when it is.
    /// </summary>
    public static ProblemHttpResult? InvalidUscc(string uscc) =>
        UnifiedSocialCreditCode.Explain(uscc) is { } reason
            ? Of(StatusCodes.Status400BadRequest, ProblemTypes.InvalidUscc, "Invalid unified social credit code",
                $"'{uscc}' is not a valid GB 32100 code: {reason}", "uscc", FieldRules.UsccCheckCharacter)
            : null;

    public static ProblemHttpResult Forbidden(string type, string title, string detail, string field) =>
        Of(StatusCodes.Status403Forbidden, type, title, detail, field, "within-own-region");
}
