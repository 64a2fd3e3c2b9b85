using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using QualityMap.Api.Problems;
using QualityMap.Grains.Enterprises;
using QualityMap.Grains.Runtime;

namespace QualityMap.Api.Apis;

/// <summary>An enterprise with its class, the reasons (rule + evidence events) and its classification history.</summary>
public static class EnterprisesApi
{
    public static RouteGroupBuilder MapEnterprisesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/enterprises").WithTags("Enterprises");
        group.MapGet("/{uscc}", GetAsync);
        return group;
    }

    public static async Task<Results<Ok<EnterpriseView>, ProblemHttpResult>> GetAsync(string uscc, IGrainFactory grains)
    {
        if (UnifiedSocialCreditCode.Explain(uscc) is { } reason)
        {
            return Problem.Of(StatusCodes.Status400BadRequest, ProblemTypes.InvalidUscc, "Invalid unified social credit code",
                $"'{uscc}' is not a valid GB 32100 code: {reason}", "uscc", "uscc-check-character");
        }
        return await grains.GetGrain<IEnterpriseGrain>(uscc).GetAsync() is { } enterprise
            ? TypedResults.Ok(enterprise)
            : Problem.NotFound(ProblemTypes.UnknownEnterprise, "Unknown enterprise", $"No enterprise {uscc} is registered.", "uscc");
    }
}
