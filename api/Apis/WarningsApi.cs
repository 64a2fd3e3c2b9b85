using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using QualityMap.Api.Security;
using QualityMap.Api.Problems;
using QualityMap.Grains.Warnings;

namespace QualityMap.Api.Apis;

/// <summary>One formal warning with its audited history.</summary>
public static class WarningsApi
{
    public static RouteGroupBuilder MapWarningsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/warnings").WithTags("Warnings").RequireAuthorization(Policies.ReadMap);
        group.MapGet("/{id}", GetAsync);
        return group;
    }

    public static async Task<Results<Ok<WarningView>, ProblemHttpResult>> GetAsync(
        string id, IGrainFactory grains, RegionScope scope, ClaimsPrincipal user)
    {
        if (!WarningIds.IsWellFormed(id) || await grains.GetGrain<IWarningGrain>(id).GetAsync() is not { } warning)
            return Problem.NotFound(ProblemTypes.UnknownWarning, "Unknown warning", $"No warning has the id '{id}'.", "id");
        return scope.Refuse(user, warning.CountyCode, "id") is { } outside ? outside : TypedResults.Ok(warning);
    }
}
