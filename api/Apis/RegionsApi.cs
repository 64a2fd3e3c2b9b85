using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using QualityMap.Api.Security;
using QualityMap.Api.Problems;
using QualityMap.Grains.Regions;
using QualityMap.Grains.Warnings;

namespace QualityMap.Api.Apis;

/// <summary>The map of a region and the warnings of its counties.</summary>
public static class RegionsApi
{
    public static RouteGroupBuilder MapRegionsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/regions").WithTags("Regions").RequireAuthorization(Policies.ReadMap);
        group.MapGet("/{code}/map", GetMapAsync);
        group.MapGet("/{code}/warnings", GetWarningsAsync);
        return group;
    }

    /// <summary>The region itself and its children: colour, counts, share, reason, open warning.</summary>
    public static async Task<Results<Ok<RegionView>, ProblemHttpResult>> GetMapAsync(
        string code, RegionTree tree, IGrainFactory grains, RegionScope scope, ClaimsPrincipal user)
    {
        if (tree.Find(code) is null) return UnknownRegion(code);
        if (scope.Refuse(user, code, "code") is { } outside) return outside;
        return TypedResults.Ok(await grains.GetGrain<IRegionGrain>(code).GetAsync());
    }

    /// <summary>Every warning of the counties in the region (the county itself, or all counties below a city), newest first.</summary>
    public static async Task<Results<Ok<IReadOnlyList<WarningView>>, ProblemHttpResult>> GetWarningsAsync(
        string code, RegionTree tree, IGrainFactory grains, RegionScope scope, ClaimsPrincipal user)
    {
        if (tree.Find(code) is not { } region) return UnknownRegion(code);
        if (scope.Refuse(user, code, "code") is { } outside) return outside;
        var counties = region.Level == RegionLevel.County ? [region] : CountiesBelow(tree, region.Code);
        var ids = new List<string>();
        foreach (var county in counties) ids.AddRange(await grains.GetGrain<IRegionGrain>(county.Code).GetWarningIdsAsync());
        var warnings = await Task.WhenAll(ids.Select(id => grains.GetGrain<IWarningGrain>(id).GetAsync()));
        return TypedResults.Ok<IReadOnlyList<WarningView>>(
            [.. warnings.OfType<WarningView>().OrderByDescending(w => w.RaisedAt).ThenByDescending(w => w.Id, StringComparer.Ordinal)]);
    }

    private static List<Region> CountiesBelow(RegionTree tree, string code) =>
        [.. tree.ChildrenOf(code).SelectMany(child => child.Level == RegionLevel.County ? [child] : CountiesBelow(tree, child.Code))];

    private static ProblemHttpResult UnknownRegion(string code) =>
        Problem.NotFound(ProblemTypes.UnknownRegion, "Unknown region", $"No region has the code '{code}'.", "code");
}
