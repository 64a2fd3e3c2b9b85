using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using QualityMap.Api.RateLimiting;
using QualityMap.Api.Security;
using QualityMap.Api.Codes.Rendering;
using QualityMap.Api.Problems;
using QualityMap.Grains.Regions;

namespace QualityMap.Api.Codes.Exports;

/// <summary>
/// All codes of a region as one ZIP for printing: <c>POST</c> starts an export and answers its total at once,
/// <c>GET</c> shows progress (done of total), and <c>GET …/zip</c> downloads the finished archive.
/// </summary>
public static class CodeExportsApi
{
    public static RouteGroupBuilder MapCodeExportsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/regions/{code}/code-exports", StartAsync).WithTags("Codes").RequireAuthorization(Policies.Bureau)
            .RequireRateLimiting(RateLimitPolicies.CodeExports);
        var group = app.MapGroup("/api/code-exports").WithTags("Codes").RequireAuthorization(Policies.Bureau);
        group.MapGet("/{id}", Get);
        group.MapGet("/{id}/zip", Download);
        return group;
    }

    /// <summary>Starts rendering every monitored enterprise of a city, county or town; 202 with the export's progress.</summary>
    public static async Task<Results<Accepted<CodeExportView>, ProblemHttpResult>> StartAsync(
        string code, string? format, string? symbology, string? size, string? quietZone, string? label,
        RegionTree tree, IGrainFactory grains, CodeExports exports, HanXinEncoder hanXin, RegionScope scope, ClaimsPrincipal user)
    {
        CodeFormat parsedFormat;
        switch (format)
        {
            case null or "svg": parsedFormat = CodeFormat.Svg; break;
            case "png": parsedFormat = CodeFormat.Png; break;
            default:
                return CodesApi.InvalidOption(new CodeRequestError("format", "one-of:svg,png", $"'{format}' is not a format; use svg or png."));
        }
        var (request, error) = CodeRequestParser.Parse(parsedFormat, symbology, size, quietZone, label);
        if (error is not null) return CodesApi.InvalidOption(error);
        if (tree.Find(code) is not { } region)
            return Problem.NotFound(ProblemTypes.UnknownRegion, "Unknown region", $"No region has the code '{code}'.", "code");
        if (scope.Refuse(user, code, "code") is { } outside) return outside;
        if (request!.Symbology == Symbology.HanXin && !hanXin.IsAvailable())
            return CodesApi.HanXinUnavailable("The Han Xin encoder (zint) is not installed.");

        var job = exports.Start(region.Code, region.Name, request, await ItemsAsync(tree, grains, region));
        var url = StatusUrl(job.Id);
        return TypedResults.Accepted(url, job.View(url + "/zip"));
    }

    public static Results<Ok<CodeExportView>, ProblemHttpResult> Get(string id, CodeExports exports) =>
        exports.Find(id) is { } job ? TypedResults.Ok(job.View(StatusUrl(id) + "/zip")) : UnknownExport(id);

    /// <summary>The finished ZIP, streamed from disk; ranges are honoured so an interrupted download resumes.</summary>
    public static Results<PhysicalFileHttpResult, ProblemHttpResult> Download(string id, CodeExports exports)
    {
        if (exports.Find(id) is not { } job) return UnknownExport(id);
        if (job.State != CodeExportState.Completed)
        {
            var view = job.View("");
            return Problem.Of(StatusCodes.Status409Conflict, ProblemTypes.CodeExportNotReady, "Export not ready",
                $"The export is {view.State.ToString().ToLowerInvariant()}: {view.Done} of {view.Total} codes rendered.", "id", "must-be-completed");
        }
        return TypedResults.PhysicalFile(job.FilePath, "application/zip", $"{job.RegionCode}-{job.RegionName}-质量安全码.zip", enableRangeProcessing: true);
    }

    private static async Task<IReadOnlyList<ExportItem>> ItemsAsync(RegionTree tree, IGrainFactory grains, Region region)
    {
        var towns = TownsIn(tree, region).ToList();
        var enterprises = await Task.WhenAll(towns.Select(town => grains.GetGrain<IRegionGrain>(town.Code).GetMonitoredEnterprisesAsync()));
        return [.. towns.Zip(enterprises).SelectMany(pair => pair.Second.Select(uscc => new ExportItem(uscc, pair.First.Code, pair.First.Name)))];
    }

    private static IEnumerable<Region> TownsIn(RegionTree tree, Region region) =>
        region.Level == RegionLevel.Town ? [region] : tree.ChildrenOf(region.Code).SelectMany(child => TownsIn(tree, child));

    private static string StatusUrl(string id) => $"/api/code-exports/{id}";

    private static ProblemHttpResult UnknownExport(string id) =>
        Problem.NotFound(ProblemTypes.UnknownCodeExport, "Unknown code export", $"No code export '{id}' exists (finished exports expire).", "id");
}
