using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using QualityMap.Api.Codes;
using QualityMap.Api.Security;
using QualityMap.Grains.Enterprises;
using QualityMap.Grains.Trace;

namespace QualityMap.Api.Trace;

/// <summary>
/// A registered batch for the bureaus of its producer's region: <c>GET /api/batches/{gtin}?lot=</c>, and its trace
/// code to print, <c>/code.png</c> or <c>/code.svg</c>, QR or Data Matrix, with <c>serial</c> for one item.
/// </summary>
public static class BatchesApi
{
    public static RouteGroupBuilder MapBatchesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/batches/{gtin}").WithTags("Traceability").RequireAuthorization(Policies.Bureau);
        group.MapGet("", GetAsync);
        group.MapGet("/holders", GetHoldersAsync);
        group.MapGet("/holders.csv", GetHoldersCsvAsync);
        group.MapGet("/code.png", (string gtin, string? lot, string? serial, string? symbology, string? size, string? quietZone,
                IGrainFactory grains, TraceCodeRenderer renderer, RegionScope scope, ClaimsPrincipal user, HttpResponse response) =>
            GetCodeAsync(gtin, lot, serial, CodeRequestParser.Parse(Symbologies.TraceCode, CodeFormat.Png, symbology, size, quietZone, null),
                grains, renderer, scope, user, response));
        group.MapGet("/code.svg", (string gtin, string? lot, string? serial, string? symbology, string? size, string? quietZone,
                IGrainFactory grains, TraceCodeRenderer renderer, RegionScope scope, ClaimsPrincipal user, HttpResponse response) =>
            GetCodeAsync(gtin, lot, serial, CodeRequestParser.Parse(Symbologies.TraceCode, CodeFormat.Svg, symbology, size, quietZone, null),
                grains, renderer, scope, user, response));
        return group;
    }

    public static async Task<Results<Ok<BatchDetails>, ProblemHttpResult>> GetAsync(
        string gtin, string? lot, IGrainFactory grains, TraceCodeRenderer renderer, RegionScope scope, ClaimsPrincipal user)
    {
        var (batch, problem) = await BatchLookup.FindAsync(gtin, lot, grains);
        if (batch is null) return problem!;
        var producer = await grains.GetGrain<IEnterpriseGrain>(batch.ProducerUscc).GetAsync();
        if (scope.Refuse(user, producer?.TownCode ?? "", "gtin") is { } outside) return outside;
        return TypedResults.Ok(new BatchDetails(batch, renderer.UriOf(new DigitalLink(batch.Key, null)),
            producer?.Name ?? "", producer?.TownCode, producer?.Address));
    }

    /// <summary>The reverse trace: the producer and every holder downstream, those of the caller's region.</summary>
    public static async Task<Results<Ok<BatchHolders>, ProblemHttpResult>> GetHoldersAsync(
        string gtin, string? lot, IGrainFactory grains, ReverseTrace trace, RegionScope scope, ClaimsPrincipal user, CancellationToken ct)
    {
        var (holders, problem) = await HoldersInScopeAsync(gtin, lot, grains, trace, scope, user, ct);
        return holders is null ? problem! : TypedResults.Ok(holders);
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetHoldersCsvAsync(
        string gtin, string? lot, IGrainFactory grains, ReverseTrace trace, RegionScope scope, ClaimsPrincipal user, CancellationToken ct)
    {
        var (holders, problem) = await HoldersInScopeAsync(gtin, lot, grains, trace, scope, user, ct);
        return holders is null
            ? problem!
            : TypedResults.File(BatchHoldersCsv.Write(holders.Holders), "text/csv; charset=utf-8", $"holders-{gtin}-{lot}.csv");
    }

    // A county bureau sees the holders in its county; the city all of them.
    private static async Task<(BatchHolders?, ProblemHttpResult?)> HoldersInScopeAsync(
        string gtin, string? lot, IGrainFactory grains, ReverseTrace trace, RegionScope scope, ClaimsPrincipal user, CancellationToken ct)
    {
        var (batch, problem) = await BatchLookup.FindAsync(gtin, lot, grains);
        if (batch is null) return (null, problem);
        var holders = await trace.HoldersAsync(batch, ct);
        var visible = holders.Where(h => h.Party.TownCode is { } town && scope.Covers(user, town)).ToList();
        return (new BatchHolders(batch, visible), null);
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetCodeAsync(
        string gtin, string? lot, string? serial, (CodeRequest? Request, CodeRequestError? Error) parsed, IGrainFactory grains,
        TraceCodeRenderer renderer, RegionScope scope, ClaimsPrincipal user, HttpResponse response)
    {
        if (parsed.Error is { } error) return CodesApi.InvalidOption(error);
        var (batch, problem) = await BatchLookup.FindAsync(gtin, lot, grains);
        if (batch is null) return problem!;
        if (BatchLookup.RefuseSerial(batch, serial) is { } badSerial) return badSerial;
        if (await BatchLookup.RefuseOutsideAsync(batch, grains, scope, user) is { } outside) return outside;
        // Unlike an enterprise's code, a trace code never changes: the page behind it does.
        response.Headers.CacheControl = "private, max-age=86400";
        return TypedResults.File(renderer.Render(new DigitalLink(batch.Key, serial), parsed.Request!), parsed.Request!.ContentType);
    }
}
