using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using QualityMap.Api.Security;
using QualityMap.Api.Problems;
using QualityMap.Grains.Enterprises;

namespace QualityMap.Api.Apis;

/// <summary>An enterprise with its class, the reasons (rule + evidence events) and its classification history.</summary>
public static class EnterprisesApi
{
    public static RouteGroupBuilder MapEnterprisesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/enterprises").WithTags("Enterprises").RequireAuthorization(Policies.ReadMap);
        group.MapGet("/{uscc}", GetAsync);
        return group;
    }

    public static async Task<Results<Ok<EnterpriseView>, ProblemHttpResult>> GetAsync(
        string uscc, IGrainFactory grains, RegionScope scope, ClaimsPrincipal user)
    {
        if (Problem.InvalidUscc(uscc) is { } invalid) return invalid;
        if (await grains.GetGrain<IEnterpriseGrain>(uscc).GetAsync() is not { } enterprise)
            return Problem.NotFound(ProblemTypes.UnknownEnterprise, "Unknown enterprise", $"No enterprise {uscc} is registered.", "uscc");
        return scope.Refuse(user, enterprise.TownCode ?? "", "uscc") is { } outside ? outside : TypedResults.Ok(enterprise);
    }
}
