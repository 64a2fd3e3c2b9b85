using Microsoft.AspNetCore.Http;

namespace QualityMap.Api.Problems;

/// <summary>
/// The refusals ASP.NET Core writes itself (no endpoint for the path, a method the path does not take, a body the
/// framework could not bind) get a stable <c>urn:qualitymap</c> type and the field at fault, like every other refusal:
/// clients switch on <c>type</c> and show <c>field</c>, whoever wrote the answer.
/// </summary>
public static class FrameworkProblems
{
    public static void Customize(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        // Ours (urn:qualitymap:…) and the EPCIS REST binding's (epcisException:…) are kept as written.
        if (problem.Type is not null && (problem.Type.StartsWith("urn:", StringComparison.Ordinal)
            || problem.Type.StartsWith("epcisException:", StringComparison.Ordinal))) return;
        var (type, field, rule) = context.HttpContext.Response.StatusCode switch
        {
            StatusCodes.Status404NotFound => (ProblemTypes.UnknownPath, "path", "must-exist"),
            StatusCodes.Status405MethodNotAllowed => (ProblemTypes.MethodNotAllowed, "method", "allowed-methods"),
            StatusCodes.Status415UnsupportedMediaType => (ProblemTypes.UnsupportedMediaType, "Content-Type", "application-json"),
            StatusCodes.Status413PayloadTooLarge => (ProblemTypes.PayloadTooLarge, "body", "max-bytes"),
            StatusCodes.Status400BadRequest => (ProblemTypes.InvalidBody, "body", "readable"),
            _ => (null, null, null),
        };
        if (type is null) return;
        problem.Type = type;
        problem.Extensions.TryAdd("field", field);
        problem.Extensions.TryAdd("rule", rule);
    }
}
