using System.Globalization;
using System.IO.Compression;
using System.Numerics;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using QualityMap.Api.Codes;
using QualityMap.Api.Problems;
using QualityMap.Api.Security;
using QualityMap.Grains.Enterprises;

namespace QualityMap.Api.Trace;

/// <summary>
/// The labels of a serialised batch for its printer: <c>GET /api/batches/{gtin}/labels.zip?lot=…&amp;from=…&amp;to=…</c>,
/// one trace code per item of the serial range, QR or Data Matrix, PNG or SVG, named <c>{gtin}-{lot}-{serial}</c>.
/// </summary>
public static class TraceLabelsApi
{
    /// <summary>The most labels of one download; a larger run is several downloads.</summary>
    public const int MaxLabels = 10_000;

    public static RouteHandlerBuilder MapTraceLabelsApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/batches/{gtin}/labels.zip", ExportAsync).WithTags("Traceability").RequireAuthorization(Policies.Bureau);

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportAsync(
        string gtin, string? lot, string? from, string? to, string? format, string? symbology, string? size, string? quietZone,
        IGrainFactory grains, TraceCodeRenderer renderer, RegionScope scope, ClaimsPrincipal user)
    {
        var codeFormat = format switch { null or "png" => (CodeFormat?)CodeFormat.Png, "svg" => CodeFormat.Svg, _ => null };
        if (codeFormat is null) return CodesApi.InvalidOption(new CodeRequestError("format", "one-of:png,svg", $"'{format}' is not a format; use png or svg."));
        var (request, error) = CodeRequestParser.Parse(Symbologies.TraceCode, codeFormat.Value, symbology, size, quietZone, null);
        if (error is not null) return CodesApi.InvalidOption(error);
        var (batch, problem) = await BatchLookup.FindAsync(gtin, lot, grains);
        if (batch is null) return problem!;
        if (batch.Serials is not { } serials)
            return Invalid("lot", "batch-serialised", $"Batch {batch.Key.Lot} is not serialised: print its one code, /api/batches/{gtin}/code.png.");
        var first = from ?? serials.First;
        var last = to ?? serials.Last;
        if (BatchLookup.RefuseSerial(batch, first) is { } badFirst) return Retarget(badFirst, "from");
        if (BatchLookup.RefuseSerial(batch, last) is { } badLast) return Retarget(badLast, "to");
        var count = BigInteger.Parse(last, CultureInfo.InvariantCulture) - BigInteger.Parse(first, CultureInfo.InvariantCulture) + 1;
        if (count < 1) return Invalid("to", "range", $"'to' ({last}) must not be before 'from' ({first}).");
        if (count > MaxLabels) return Invalid("to", "max-items", $"One download holds at most {MaxLabels} labels; {count} asked for.");
        if (await BatchLookup.RefuseOutsideAsync(batch, grains, scope, user) is { } outside) return outside;

        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            var start = BigInteger.Parse(first, CultureInfo.InvariantCulture);
            for (var i = 0; i < (int)count; i++)
            {
                var serial = (start + i).ToString(CultureInfo.InvariantCulture).PadLeft(first.Length, '0');
                var image = renderer.Render(new DigitalLink(batch.Key, serial), request!);
                var entry = archive.CreateEntry($"{gtin}-{FileSafe(batch.Key.Lot)}-{serial}.{request!.FileExtension}", CompressionLevel.Fastest);
                await using var stream = entry.Open();
                await stream.WriteAsync(image);
            }
        }
        return TypedResults.File(zip.ToArray(), "application/zip", $"{gtin}-{FileSafe(batch.Key.Lot)}-{first}-{last}.zip");
    }

    // A lot may hold '/' and the like (GS1 set 82); the file name must not.
    private static string FileSafe(string lot) => string.Concat(lot.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_'));

    private static ProblemHttpResult Retarget(ProblemHttpResult problem, string field)
    {
        var details = (Microsoft.AspNetCore.Mvc.ProblemDetails)problem.ProblemDetails;
        return Invalid(field, (string)details.Extensions["rule"]!, details.Detail!);
    }

    private static ProblemHttpResult Invalid(string field, string rule, string detail) =>
        Problem.Of(StatusCodes.Status400BadRequest, ProblemTypes.InvalidTraceCode, "Invalid label export", detail, field, rule);
}
