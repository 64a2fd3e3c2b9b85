using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using QualityMap.Api.Security;
using QualityMap.Api.Codes.Rendering;
using QualityMap.Api.Printing;
using QualityMap.Api.Problems;
using QualityMap.Grains.Enterprises;

namespace QualityMap.Api.Codes;

/// <summary>An enterprise's quality safety code as PNG or SVG, QR or Han Xin, in its current colour (DB3304/T 056 §5).</summary>
public static class CodesApi
{
    public static RouteGroupBuilder MapCodesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/enterprises/{uscc}").WithTags("Codes").RequireAuthorization(Policies.Bureau);
        group.MapGet("/code.png", (string uscc, string? symbology, string? size, string? quietZone, string? label,
                IGrainFactory grains, CodeRenderer renderer, RegionScope scope, ClaimsPrincipal user, HttpResponse response, CancellationToken cancellationToken) =>
            GetCodeAsync(uscc, CodeRequestParser.Parse(CodeFormat.Png, symbology, size, quietZone, label), grains, renderer, scope, user, response, cancellationToken));
        group.MapGet("/code.svg", (string uscc, string? symbology, string? size, string? quietZone, string? label,
                IGrainFactory grains, CodeRenderer renderer, RegionScope scope, ClaimsPrincipal user, HttpResponse response, CancellationToken cancellationToken) =>
            GetCodeAsync(uscc, CodeRequestParser.Parse(CodeFormat.Svg, symbology, size, quietZone, label), grains, renderer, scope, user, response, cancellationToken));
        return group;
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetCodeAsync(
        string uscc, (CodeRequest? Request, CodeRequestError? Error) parsed, IGrainFactory grains, CodeRenderer renderer,
        RegionScope scope, ClaimsPrincipal user, HttpResponse response, CancellationToken cancellationToken)
    {
        if (parsed.Error is { } error) return InvalidOption(error);
        var (enterprise, problem) = await FindMonitoredAsync(uscc, grains);
        if (enterprise is null) return problem!;
        if (scope.Refuse(user, enterprise.TownCode ?? "", "uscc") is { } outside) return outside;
        try
        {
            var image = await renderer.RenderAsync(enterprise, parsed.Request!, cancellationToken);
            response.Headers.CacheControl = "no-store";  // the colour is today's; a cached image could show yesterday's
            return TypedResults.File(image, parsed.Request!.ContentType);
        }
        catch (HanXinUnavailableException e)
        {
            return HanXinUnavailable(e.Message);
        }
        catch (FontUnavailableException e)
        {
            return FontProblems.Unavailable(e);
        }
    }

    /// <summary>The enterprise, or the problem why it has no code: malformed id, unknown, or no longer monitored.</summary>
    public static async Task<(EnterpriseView? Enterprise, ProblemHttpResult? Problem)> FindMonitoredAsync(string uscc, IGrainFactory grains)
    {
        if (Problem.InvalidUscc(uscc) is { } invalid) return (null, invalid);
        return await grains.GetGrain<IEnterpriseGrain>(uscc).GetAsync() switch
        {
            null => (null, Problem.NotFound(ProblemTypes.UnknownEnterprise, "Unknown enterprise", $"No enterprise {uscc} is registered.", "uscc")),
            { Closed: true } => (null, Problem.Of(StatusCodes.Status409Conflict, ProblemTypes.EnterpriseNotMonitored, "Enterprise not monitored",
                $"Enterprise {uscc} is closed; it carries no quality safety code.", "uscc", "must-be-monitored")),
            var enterprise => (enterprise, null),
        };
    }

    public static ProblemHttpResult InvalidOption(CodeRequestError error) =>
        Problem.Of(StatusCodes.Status400BadRequest, ProblemTypes.InvalidCodeOption, "Invalid code option", error.Detail, error.Field, error.Rule);

    public static ProblemHttpResult HanXinUnavailable(string detail) =>
        Problem.Of(StatusCodes.Status503ServiceUnavailable, ProblemTypes.HanXinUnavailable, "Han Xin encoder unavailable",
            detail + " QR codes are still available.");
}
