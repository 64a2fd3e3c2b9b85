using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using QualityMap.Api.Problems;
using QualityMap.Api.Security;
using QualityMap.Grains.Alerts;
using QualityMap.Grains.Regions;

namespace QualityMap.Api.Alerts;

/// <summary>A region's alert history and acknowledgement over HTTP; live delivery is the hub's <c>Alerts</c> stream.</summary>
public static class AlertsApi
{
    public static RouteGroupBuilder MapAlertsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/alerts").WithTags("Alerts").RequireAuthorization(Policies.Bureau);
        group.MapGet("/{regionCode}", HistoryAsync);
        group.MapPost("/{regionCode}/{alertId}/acknowledgement", AcknowledgeAsync);
        return group;
    }

    public static async Task<Results<Ok<IReadOnlyList<Alert>>, ProblemHttpResult>> HistoryAsync(
        string regionCode, long? since, RegionTree tree, RegionScope scope, IGrainFactory grains, ClaimsPrincipal user)
    {
        if (Refuse(regionCode, tree, scope, user) is { } problem) return problem;
        return TypedResults.Ok(await grains.GetGrain<IAlertsGrain>(regionCode).SinceAsync(since ?? 0));
    }

    public static async Task<Results<Ok<Alert>, ProblemHttpResult>> AcknowledgeAsync(
        string regionCode, string alertId, RegionTree tree, RegionScope scope, IGrainFactory grains, ClaimsPrincipal user)
    {
        if (Refuse(regionCode, tree, scope, user) is { } problem) return problem;
        return await grains.GetGrain<IAlertsGrain>(regionCode).AcknowledgeAsync(alertId, user.ActorId()) is { } alert
            ? TypedResults.Ok(alert)
            : Problem.NotFound(ProblemTypes.UnknownAlert, "Unknown alert", $"Region {regionCode} has no alert '{alertId}'.", "alertId");
    }

    /// <summary>Unknown region (404) or one outside the caller's (403).</summary>
    public static ProblemHttpResult? Refuse(string regionCode, RegionTree tree, RegionScope scope, ClaimsPrincipal user) =>
        tree.Find(regionCode) is null
            ? Problem.NotFound(ProblemTypes.UnknownRegion, "Unknown region", $"No region has the code '{regionCode}'.", "regionCode")
            : scope.Refuse(user, regionCode, "regionCode");
}
