using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using QualityMap.Api.Apis;
using QualityMap.Api.Ingestion;
using QualityMap.Api.Problems;
using QualityMap.Api.Security;
using QualityMap.Grains.Events;
using QualityMap.Grains.Trace;

namespace QualityMap.Api.Trace;

/// <summary>
/// The city bureau declares a batch recalled, under its document number: <c>POST /api/batches/{gtin}/recall?lot=</c>.
/// Journaled as a <c>batch_recalled</c> event of the producer, so the hash chain holds who recalled what and when.
/// </summary>
public static class RecallApi
{
    public const int MaxDocumentNoLength = 100;

    public sealed record RecallRequest(string? DocumentNo, string? Reason);

    public static RouteHandlerBuilder MapRecallApi(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/batches/{gtin}/recall", RecallAsync).WithTags("Traceability").RequireAuthorization(Policies.CityBureau);

    /// <summary>The journaled recall: the batch shows it as soon as the journal is applied, well within a second.</summary>
    public sealed record RecallAccepted(string EventId, long Seq, string DocumentNo);

    public static async Task<Results<Accepted<RecallAccepted>, ProblemHttpResult>> RecallAsync(
        string gtin, string? lot, HttpRequest request, IGrainFactory grains, IEventIngestion ingestion, ClaimsPrincipal user,
        RegionScope scope, TimeProvider time)
    {
        var (body, unreadable) = await RequestBody.ReadJsonAsync<RecallRequest>(request, request.HttpContext.RequestAborted);
        if (unreadable is not null) return unreadable;
        var documentNo = body!.DocumentNo?.Trim();
        if (string.IsNullOrEmpty(documentNo)) return Invalid("documentNo", "required", "召回须注明文书编号 (documentNo).");
        if (documentNo.Length > MaxDocumentNoLength) return Invalid("documentNo", "max-length", $"文书编号不能超过{MaxDocumentNoLength}个字符。");
        var (batch, problem) = await BatchLookup.FindAsync(gtin, lot, grains);
        if (batch is null) return problem!;
        if (await BatchLookup.RefuseOutsideAsync(batch, grains, scope, user) is { } outside) return outside;

        var recall = new BatchRecalled
        {
            EventId = EventIdOf(batch.Key),
            Uscc = batch.ProducerUscc,
            OccurredAt = time.GetUtcNow(),
            Gtin = batch.Key.Gtin,
            Lot = batch.Key.Lot,
            DocumentNo = documentNo,
            Reason = string.IsNullOrWhiteSpace(body.Reason) ? null : body.Reason.Trim(),
        };
        var outcome = (await ingestion.IngestAsync([recall], request.HttpContext.RequestAborted))[0];
        if (outcome.Status == IngestStatus.Rejected)
            return Problem.Of(StatusCodes.Status409Conflict, ProblemTypes.BatchRecalled, "Batch recalled already",
                $"Batch {batch.Key.Lot} of GTIN {batch.Key.Gtin} was recalled already: {outcome.Errors[0].Message}", "lot", "recalled-once");
        return TypedResults.Accepted($"/api/batches/{gtin}?lot={Uri.EscapeDataString(batch.Key.Lot)}",
            new RecallAccepted(recall.EventId, outcome.Seq!.Value, documentNo));
    }

    // One recall per batch: the event id is the batch's, so the same recall sent twice is one.
    private static string EventIdOf(BatchKey batch) =>
        "recall:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(batch.GrainKey)))[..32];

    private static ProblemHttpResult Invalid(string field, string rule, string detail) =>
        Problem.Of(StatusCodes.Status400BadRequest, ProblemTypes.InvalidBody, "Invalid recall", detail, field, rule);
}
