using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using QualityMap.Api.Apis;
using QualityMap.Api.Problems;
using QualityMap.Api.Security;
using QualityMap.Api.Trace;
using QualityMap.Grains.Identity;
using QualityMap.Grains.Trace;

namespace QualityMap.Api.Epcis;

/// <summary>
/// The EPCIS 2.0 capture interface (REST binding <c>POST /capture</c>, here under <c>/epcis</c>): a seller's own
/// receiving, shipping and retail selling, or a city administrator's import. A document is taken whole or refused
/// whole (the binding's default <c>rollback</c>); taken means journaled, so the answer's capture job is finished.
/// </summary>
public static class EpcisCaptureApi
{
    /// <summary>The problem type the REST binding gives a refused capture document.</summary>
    public const string ValidationException = "epcisException:ValidationException";

    public static RouteGroupBuilder MapEpcisCapture(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/epcis/capture").WithTags("EPCIS").RequireAuthorization(Policies.Capture);
        group.MapPost("", CaptureAsync);
        group.MapGet("/{captureId}", GetJob);
        return group;
    }

    public static async Task<IResult> CaptureAsync(
        HttpRequest request, ClaimsPrincipal user, IGrainFactory grains, ITraceCapture capture, IOptions<TraceOptions> options)
    {
        var (bytes, unreadable) = await RequestBody.ReadJsonBytesAsync(request, options.Value.MaxCaptureBytes, request.HttpContext.RequestAborted);
        if (unreadable is not null) return unreadable;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes);
        }
        catch (JsonException exception)
        {
            return Refused(new CaptureRefusal("", "json", $"The body is not JSON: {exception.Message}"));
        }

        var seller = user.Role() == Role.Seller ? user.Uscc() : null;
        var (events, readRefusal) = CaptureReader.Read(document.RootElement, seller, options.Value.MaxCaptureEvents);
        document.Dispose();
        if (readRefusal is not null) return Refused(readRefusal);
        var (job, refusal) = await TakeAsync(events!, grains, capture, request.HttpContext.RequestAborted);
        if (refusal is not null) return Refused(refusal);
        request.HttpContext.Response.Headers["GS1-EPCIS-Version"] = "2.0.0";
        return Results.Accepted($"/epcis/capture/{job!.CaptureID}", job);
    }

    /// <summary>Checks the batches of a read document's events and journals them, or says why they are refused whole.</summary>
    public static async Task<(CaptureJob? Job, CaptureRefusal? Refusal)> TakeAsync(
        IReadOnlyList<CapturedEvent> events, IGrainFactory grains, ITraceCapture capture, CancellationToken ct)
    {
        if (await UnregisteredBatchAsync(events, grains) is { } unregistered) return (null, unregistered);
        var result = await capture.CaptureAsync(events, ct);
        if (result.Refusal is not null) return (null, result.Refusal);
        return (new CaptureJob($"{result.Seqs.Min()}-{result.Seqs.Max()}", false, true, "rollback", [],
            [.. events.Select(e => e.EventId)], result.Duplicates), null);
    }

    /// <summary>A capture job: every capture here finishes before its answer, so a job that exists succeeded.</summary>
    public static IResult GetJob(string captureId)
    {
        var parts = captureId.Split('-');
        return parts.Length == 2 && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var first)
            && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var last) && first <= last
            ? Results.Ok(new CaptureJob(captureId, false, true, "rollback", [], null, null))
            : Problem.NotFound(ProblemTypes.UnknownCaptureJob, "Unknown capture job", $"No capture job '{captureId}'.", "captureId");
    }

    // Every batch an event moves must have been registered by its producer: one code runs through, from source on.
    private static async Task<CaptureRefusal?> UnregisteredBatchAsync(IReadOnlyList<CapturedEvent> events, IGrainFactory grains)
    {
        var known = new Dictionary<BatchKey, bool>();
        for (var i = 0; i < events.Count; i++)
        {
            foreach (var line in events[i].Flow)
            {
                if (!known.TryGetValue(line.Batch, out var registered))
                    known[line.Batch] = registered = await grains.GetGrain<IBatchGrain>(line.Batch.GrainKey).GetAsync() is not null;
                if (!registered)
                    return new CaptureRefusal($"/epcisBody/eventList/{i}", "registered-batch",
                        $"Batch {line.Batch.Lot} of GTIN {line.Batch.Gtin} is not registered: its producer registers it (batch_registered) first.");
            }
        }
        return null;
    }

    public static IResult Refused(CaptureRefusal refusal) =>
        Problem.Of(StatusCodes.Status400BadRequest, ValidationException, "Invalid EPCIS document", refusal.Detail, refusal.Pointer, refusal.Rule);
}

/// <summary>The REST binding's capture job, with the ids the capture gave its events.</summary>
public sealed record CaptureJob(
    string CaptureID, bool Running, bool Success, string CaptureErrorBehaviour, IReadOnlyList<object> Errors,
    IReadOnlyList<string>? EventIDs, int? Duplicates);
