using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using QualityMap.Api.RateLimiting;
using QualityMap.Api.Security;
using QualityMap.Api.Codes.Labels;
using QualityMap.Api.Codes.Rendering;
using QualityMap.Api.Printing;
using QualityMap.Api.Problems;
using QualityMap.Grains.Regions;

namespace QualityMap.Api.Codes.Exports;

/// <summary>
/// All codes of a region as one ZIP of images or one PDF sheet of labels for printing: <c>POST</c> starts an export and
/// answers its total at once, <c>GET</c> shows progress (done of total), and <c>GET …/zip</c> (or <c>…/pdf</c>) downloads the finished file.
/// </summary>
public static class CodeExportsApi
{
    public static RouteGroupBuilder MapCodeExportsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/regions/{code}/code-exports", StartAsync).WithTags("Codes").RequireAuthorization(Policies.Bureau)
            .RequireRateLimiting(RateLimitPolicies.CodeExports);
        var group = app.MapGroup("/api/code-exports").WithTags("Codes").RequireAuthorization(Policies.Bureau);
        group.MapGet("/{id}", Get);
        group.MapGet("/{id}/zip", (string id, CodeExports exports, RegionScope scope, ClaimsPrincipal user) =>
            Download(id, ExportPackaging.Zip, exports, scope, user));
        group.MapGet("/{id}/pdf", (string id, CodeExports exports, RegionScope scope, ClaimsPrincipal user) =>
            Download(id, ExportPackaging.PdfSheet, exports, scope, user));
        return group;
    }

    /// <summary>Starts rendering every monitored enterprise of a city, county or town; 202 with the export's progress.</summary>
    public static async Task<Results<Accepted<CodeExportView>, ProblemHttpResult>> StartAsync(
        string code, string? format, string? symbology, string? size, string? quietZone, string? label,
        RegionTree tree, IGrainFactory grains, CodeExports exports, HanXinEncoder hanXin, LabelSheetFit sheet, CjkTypeface fonts, RegionScope scope,
        ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ExportPackaging packaging;
        CodeFormat parsedFormat;
        switch (format)
        {
            case null or "svg": (packaging, parsedFormat) = (ExportPackaging.Zip, CodeFormat.Svg); break;
            case "png": (packaging, parsedFormat) = (ExportPackaging.Zip, CodeFormat.Png); break;
            // A sheet's codes are vectors sized by Codes:LabelSheet and always carry the name, so size and label do not apply.
            case "pdf": (packaging, parsedFormat) = (ExportPackaging.PdfSheet, CodeFormat.Svg); break;
            default:
                return CodesApi.InvalidOption(new CodeRequestError("format", "one-of:svg,png,pdf", $"'{format}' is not a format; use svg, png or pdf."));
        }
        if (packaging == ExportPackaging.PdfSheet && (size ?? label) is not null)
        {
            return CodesApi.InvalidOption(new CodeRequestError(size is null ? "label" : "size", "not-with-pdf",
                "A PDF sheet sizes its codes by Codes:LabelSheet and always prints the name; leave out size and label."));
        }
        var (request, error) = CodeRequestParser.Parse(parsedFormat, symbology, size, quietZone, label);
        if (error is not null) return CodesApi.InvalidOption(error);
        if (tree.Find(code) is not { } region)
            return Problem.NotFound(ProblemTypes.UnknownRegion, "Unknown region", $"No region has the code '{code}'.", "code");
        if (scope.Refuse(user, code, "code") is { } outside) return outside;
        if (request!.Symbology == Symbology.HanXin && !hanXin.IsAvailable())
            return CodesApi.HanXinUnavailable("The Han Xin encoder (zint) is not installed.");
        if (packaging == ExportPackaging.PdfSheet && await sheet.RefuseAsync(request, cancellationToken) is { } tooSmall)
            return CodesApi.InvalidOption(tooSmall);
        // Names are printed on a sheet and under a PNG: without a Chinese font the export would only fail later.
        if ((packaging == ExportPackaging.PdfSheet || request is { Format: CodeFormat.Png, Label: true }) && FontProblems.Refuse(fonts) is { } noFont)
            return noFont;

        var job = exports.Start(region.Code, region.Name, request, packaging, await ItemsAsync(tree, grains, region));
        var url = StatusUrl(job.Id);
        return TypedResults.Accepted(url, job.View(url));
    }

    public static Results<Ok<CodeExportView>, ProblemHttpResult> Get(string id, CodeExports exports, RegionScope scope, ClaimsPrincipal user)
    {
        if (exports.Find(id) is not { } job) return UnknownExport(id);
        if (RefuseOutside(job, scope, user) is { } outside) return outside;
        return TypedResults.Ok(job.View(StatusUrl(id)));
    }

    /// <summary>The finished ZIP or PDF, streamed from disk; ranges are honoured so an interrupted download resumes.</summary>
    public static Results<PhysicalFileHttpResult, ProblemHttpResult> Download(
        string id, ExportPackaging packaging, CodeExports exports, RegionScope scope, ClaimsPrincipal user)
    {
        if (exports.Find(id) is not { } job || job.Packaging != packaging) return UnknownExport(id);
        if (RefuseOutside(job, scope, user) is { } outside) return outside;
        if (job.State != CodeExportState.Completed)
        {
            var view = job.View(StatusUrl(id));
            return Problem.Of(StatusCodes.Status409Conflict, ProblemTypes.CodeExportNotReady, "Export not ready",
                $"The export is {view.State.ToString().ToLowerInvariant()}: {view.Done} of {view.Total} codes rendered.", "id", "must-be-completed");
        }
        return TypedResults.PhysicalFile(job.FilePath, packaging.ContentType(),
            $"{job.RegionCode}-{job.RegionName}-质量安全码.{packaging.Extension()}", enableRangeProcessing: true);
    }

    private static async Task<IReadOnlyList<ExportItem>> ItemsAsync(RegionTree tree, IGrainFactory grains, Region region)
    {
        var towns = TownsIn(tree, region).ToList();
        var enterprises = await Task.WhenAll(towns.Select(town => grains.GetGrain<IRegionGrain>(town.Code).GetMonitoredEnterprisesAsync()));
        return [.. towns.Zip(enterprises).SelectMany(pair => pair.Second.Select(uscc => new ExportItem(uscc, pair.First.Code, pair.First.Name)))];
    }

    private static IEnumerable<Region> TownsIn(RegionTree tree, Region region) =>
        region.Level == RegionLevel.Town ? [region] : tree.ChildrenOf(region.Code).SelectMany(child => TownsIn(tree, child));

    /// <summary>
    /// An export holds the codes of the region it was started for: a link passed on to another county's clerk is no way
    /// round the scope that <see cref="StartAsync"/> checked.
    /// </summary>
    private static ProblemHttpResult? RefuseOutside(CodeExportJob job, RegionScope scope, ClaimsPrincipal user) =>
        scope.Refuse(user, job.RegionCode, "id");

    private static string StatusUrl(string id) => $"/api/code-exports/{id}";

    private static ProblemHttpResult UnknownExport(string id) =>
        Problem.NotFound(ProblemTypes.UnknownCodeExport, "Unknown code export", $"No code export '{id}' exists (finished exports expire).", "id");
}
