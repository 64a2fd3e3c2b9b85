using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using QualityMap.Api.Security;
using QualityMap.Api.Problems;
using QualityMap.Grains.Colouring;
using QualityMap.Grains.Credit;
using QualityMap.Grains.Regions;
using QualityMap.Grains.Supervision;
using QualityMap.Grains.Trends;
using QualityMap.Grains.Warnings;

namespace QualityMap.Api.Apis;

/// <summary>The map of a region, its trend and the warnings of its counties.</summary>
public static class RegionsApi
{
    public static RouteGroupBuilder MapRegionsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/regions").WithTags("Regions").RequireAuthorization(Policies.ReadMap);
        group.MapGet("/{code}/map", GetMapAsync);
        group.MapGet("/{code}/warnings", GetWarningsAsync);
        group.MapGet("/{code}/trend", GetTrendAsync);
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

    /// <summary>The spans a trend is asked for by, as the query spells them.</summary>
    public static readonly IReadOnlyDictionary<string, TrendSpan> TrendSpans = new Dictionary<string, TrendSpan>(StringComparer.Ordinal)
    {
        ["24h"] = TrendSpan.Day,
        ["90d"] = TrendSpan.Quarter,
    };

    /// <summary>
    /// The region's share of high-risk enterprises and colour over the last 24 hours by the minute (span=24h, the
    /// default) or the last 90 days by the day (span=90d), with its level's thresholds for the colour bands. A town
    /// keeps its own trend; a county's or city's is its towns' added up.
    /// </summary>
    public static async Task<Results<Ok<TrendView>, ProblemHttpResult>> GetTrendAsync(
        string code, string? span, RegionTree tree, IGrainFactory grains, RegionScope scope, ClaimsPrincipal user,
        TimeProvider time, ColourOptions colours, SupervisionOptions supervision, CreditOptions credit)
    {
        span ??= "24h";
        if (!TrendSpans.TryGetValue(span, out var trendSpan))
            return Problem.Of(StatusCodes.Status400BadRequest, ProblemTypes.InvalidQuery, "Invalid query",
                $"span is one of {string.Join(", ", TrendSpans.Keys)} (was '{span}').", "span", "one-of");
        if (tree.Find(code) is not { } region) return UnknownRegion(code);
        if (scope.Refuse(user, code, "code") is { } outside) return outside;
        var now = time.GetUtcNow();
        var slices = await Task.WhenAll(TownsOf(tree, region).Select(town => grains.GetGrain<IRegionTrendGrain>(town.Code).GetSliceAsync(trendSpan, now)));
        var from = TrendRules.FirstBucket(trendSpan, now);
        var points = TrendRules.Points(TrendRules.Sum(slices), from, now,
            (highRisk, monitored) => SchemeColourRules.Assess(supervision.Scheme, highRisk, monitored, region.Level, colours, credit));
        var thresholds = supervision.Scheme == ClassificationScheme.Credit ? credit.Colour : colours.For(region.Level);
        return TypedResults.Ok(new TrendView(region.Code, region.Name, region.Level, span, from, now,
            new TrendBands(thresholds.YellowPercent, thresholds.OrangePercent, thresholds.RedPercent), points));
    }

    private static IEnumerable<Region> TownsOf(RegionTree tree, Region region) => region.Level == RegionLevel.Town
        ? [region]
        : tree.ChildrenOf(region.Code).SelectMany(child => TownsOf(tree, child));

    private static List<Region> CountiesBelow(RegionTree tree, string code) =>
        [.. tree.ChildrenOf(code).SelectMany(child => child.Level == RegionLevel.County ? [child] : CountiesBelow(tree, child.Code))];

    private static ProblemHttpResult UnknownRegion(string code) =>
        Problem.NotFound(ProblemTypes.UnknownRegion, "Unknown region", $"No region has the code '{code}'.", "code");
}
