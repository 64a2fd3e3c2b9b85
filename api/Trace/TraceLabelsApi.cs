using System.Globalization;
using System.IO.Compression;
using System.Numerics;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using QualityMap.Api.Codes;
using QualityMap.Api.Codes.Labels;
using QualityMap.Api.Printing;
using QualityMap.Api.Problems;
using QualityMap.Api.Security;
using QualityMap.Grains.Trace;

namespace QualityMap.Api.Trace;

/// <summary>
/// The labels of a serialised batch for its printer, one trace code per item of the serial range
/// (<c>?lot=…&amp;from=…&amp;to=…</c>), QR or Data Matrix: <c>GET /api/batches/{gtin}/labels.zip</c> holds PNG or SVG
/// images named <c>{gtin}-{lot}-{serial}</c>; <c>GET …/labels.pdf</c> is an A4 sheet on the <c>Codes:LabelSheet</c> grid,
/// each label the code with the product's name and the GS1 human-readable text under it.
/// </summary>
public static class TraceLabelsApi
{
    /// <summary>The most labels of one download; a larger run is several downloads.</summary>
    public const int MaxLabels = 10_000;

    public static void MapTraceLabelsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/batches/{gtin}/labels.zip", ZipAsync).WithTags("Traceability").RequireAuthorization(Policies.Bureau);
        app.MapGet("/api/batches/{gtin}/labels.pdf", SheetAsync).WithTags("Traceability").RequireAuthorization(Policies.Bureau);
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ZipAsync(
        string gtin, string? lot, string? from, string? to, string? format, string? symbology, string? size, string? quietZone,
        IGrainFactory grains, TraceCodeRenderer renderer, RegionScope scope, ClaimsPrincipal user)
    {
        var codeFormat = format switch { null or "png" => (CodeFormat?)CodeFormat.Png, "svg" => CodeFormat.Svg, _ => null };
        if (codeFormat is null) return CodesApi.InvalidOption(new CodeRequestError("format", "one-of:png,svg", $"'{format}' is not a format; use png or svg."));
        var (request, error) = CodeRequestParser.Parse(Symbologies.TraceCode, codeFormat.Value, symbology, size, quietZone, null);
        if (error is not null) return CodesApi.InvalidOption(error);
        var (run, problem) = await LabelRun.FindAsync(gtin, lot, from, to, grains, scope, user);
        if (run is null) return problem!;

        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var link in run.Links())
            {
                var image = renderer.Render(link, request!);
                var entry = archive.CreateEntry($"{run.FileStem}-{link.Serial}.{request!.FileExtension}", CompressionLevel.Fastest);
                await using var stream = entry.Open();
                await stream.WriteAsync(image);
            }
        }
        return TypedResults.File(zip.ToArray(), "application/zip", $"{run.FileStem}-{run.First}-{run.Last}.zip");
    }

    public static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> SheetAsync(
        string gtin, string? lot, string? from, string? to, string? symbology, string? size, string? quietZone,
        IGrainFactory grains, TraceCodeRenderer renderer, LabelSheetFit sheet, CjkTypeface fonts, CodeMetrics metrics, TimeProvider time,
        RegionScope scope, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        // A sheet's codes are vectors sized by Codes:LabelSheet.
        if (size is not null)
            return CodesApi.InvalidOption(new CodeRequestError("size", "not-with-pdf", "A PDF sheet sizes its codes by Codes:LabelSheet; leave out size."));
        var (request, error) = CodeRequestParser.Parse(Symbologies.TraceCode, CodeFormat.Svg, symbology, null, quietZone, null);
        if (error is not null) return CodesApi.InvalidOption(error);
        var (run, problem) = await LabelRun.FindAsync(gtin, lot, from, to, grains, scope, user);
        if (run is null) return problem!;
        // Serials are padded to one width, so the last link is as long as any: its symbol is the largest of the sheet.
        if (sheet.Refuse(renderer.Encode(run.Links().Last(), request!.Symbology), request.QuietZone) is { } tooSmall)
            return CodesApi.InvalidOption(tooSmall);
        if (FontProblems.Refuse(fonts) is { } noFont) return noFont;

        // Up to MaxLabels vector labels: written to a file that goes when the response has been sent, not held in memory.
        var file = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose);
        try
        {
            var name = run.Batch.ProductName ?? run.Batch.ProductCode;
            using (var labels = new LabelSheetWriter(file, sheet.Layout, fonts.Get(), $"{run.Batch.Key.Gtin} {run.Batch.Key.Lot} 追溯码", time.GetUtcNow()))
            {
                foreach (var link in run.Links())
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    labels.Add(new CodeLabel(renderer.Encode(link, request.Symbology), request.QuietZone, TraceCodeRenderer.Black, name, link.HumanReadable));
                    metrics.Rendered("pdf");
                }
            }
            file.Position = 0;
            return TypedResults.File(file, "application/pdf", $"{run.FileStem}-{run.First}-{run.Last}.pdf");
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }

    /// <summary>The serial range of one serialised batch that a label download asks for, checked and in the caller's scope.</summary>
    private sealed record LabelRun(BatchView Batch, string First, string Last, int Count)
    {
        // A lot may hold '/' and the like (GS1 set 82); the file name must not.
        public string FileStem => $"{Batch.Key.Gtin}-{string.Concat(Batch.Key.Lot.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_'))}";

        /// <summary>Each item's Digital Link, its serial padded to the width of the range's first.</summary>
        public IEnumerable<DigitalLink> Links()
        {
            var start = BigInteger.Parse(First, CultureInfo.InvariantCulture);
            for (var i = 0; i < Count; i++)
                yield return new DigitalLink(Batch.Key, (start + i).ToString(CultureInfo.InvariantCulture).PadLeft(First.Length, '0'));
        }

        public static async Task<(LabelRun? Run, ProblemHttpResult? Problem)> FindAsync(
            string gtin, string? lot, string? from, string? to, IGrainFactory grains, RegionScope scope, ClaimsPrincipal user)
        {
            var (batch, problem) = await BatchLookup.FindAsync(gtin, lot, grains);
            if (batch is null) return (null, problem);
            if (batch.Serials is not { } serials)
                return (null, Invalid("lot", "batch-serialised", $"Batch {batch.Key.Lot} is not serialised: print its one code, /api/batches/{gtin}/code.png."));
            var first = from ?? serials.First;
            var last = to ?? serials.Last;
            if (BatchLookup.RefuseSerial(batch, first) is { } badFirst) return (null, Retarget(badFirst, "from"));
            if (BatchLookup.RefuseSerial(batch, last) is { } badLast) return (null, Retarget(badLast, "to"));
            var count = BigInteger.Parse(last, CultureInfo.InvariantCulture) - BigInteger.Parse(first, CultureInfo.InvariantCulture) + 1;
            if (count < 1) return (null, Invalid("to", "range", $"'to' ({last}) must not be before 'from' ({first})."));
            if (count > MaxLabels) return (null, Invalid("to", "max-items", $"One download holds at most {MaxLabels} labels; {count} asked for."));
            if (await BatchLookup.RefuseOutsideAsync(batch, grains, scope, user) is { } outside) return (null, outside);
            return (new LabelRun(batch, first, last, (int)count), null);
        }

        private static ProblemHttpResult Retarget(ProblemHttpResult problem, string field)
        {
            var details = (Microsoft.AspNetCore.Mvc.ProblemDetails)problem.ProblemDetails;
            return Invalid(field, (string)details.Extensions["rule"]!, details.Detail!);
        }

        private static ProblemHttpResult Invalid(string field, string rule, string detail) =>
            Problem.Of(StatusCodes.Status400BadRequest, ProblemTypes.InvalidTraceCode, "Invalid label export", detail, field, rule);
    }
}
