using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using QualityMap.Api.Security;
using QualityMap.Api.Ingestion;
using QualityMap.Api.Metrics;
using QualityMap.Api.Problems;
using QualityMap.Api.RateLimiting;
using QualityMap.Grains.Events;

namespace QualityMap.Api.Apis;

/// <summary>
/// <c>POST /api/events</c>: a batch <c>{"events":[…]}</c>. Every item is validated on its own and answered on its
/// own (accepted / duplicate / rejected with field and rule); the valid ones are journaled durably before the
/// answer. A request that is not a readable batch at all is refused whole with a problem detail.
/// </summary>
public static class EventsApi
{
    public static RouteGroupBuilder MapEventsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/events").WithTags("Events").RequireAuthorization(Policies.Ingest);
        group.MapPost("/", PostBatchAsync)
            .Produces<BatchResult>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .RequireRateLimiting(RateLimitPolicies.Ingest);
        return group;
    }

    public static async Task<Results<Ok<BatchResult>, ProblemHttpResult>> PostBatchAsync(
        HttpRequest request,
        IEventIngestion ingestion,
        IEventValidationContext context,
        IOptions<IngestionOptions> limits,
        IOptions<EventValidationOptions> validation,
        IngestionMetrics metrics,
        CancellationToken cancellationToken)
    {
        var (body, refused) = await RequestBody.ReadJsonBytesAsync(request, limits.Value.MaxBodyBytes, cancellationToken);
        if (refused is not null) return refused;

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException exception)
        {
            return Problem.Of(StatusCodes.Status400BadRequest, ProblemTypes.MalformedJson, "Malformed JSON",
                $"The body is not valid JSON: {exception.Message}", "body", "json");
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("events", out var items)
                || items.ValueKind != JsonValueKind.Array)
            {
                return Problem.Of(StatusCodes.Status400BadRequest, ProblemTypes.InvalidBatch, "Invalid batch",
                    "The body must be an object with an array property \"events\": {\"events\": [ … ]}.", "events", "required");
            }
            var count = items.GetArrayLength();
            if (count == 0)
            {
                return Problem.Of(StatusCodes.Status400BadRequest, ProblemTypes.InvalidBatch, "Empty batch",
                    "The \"events\" array is empty.", "events", "empty");
            }
            if (count > limits.Value.MaxBatchItems)
            {
                return Problem.Of(StatusCodes.Status413PayloadTooLarge, ProblemTypes.BatchTooLarge, "Batch too large",
                    $"The batch has {count} events; at most {limits.Value.MaxBatchItems} are accepted at once.", "events", "max-items");
            }
            var result = await IngestAsync(items, ingestion, context, validation.Value, metrics, cancellationToken);
            if (result.Accepted + result.Duplicates > 0) return TypedResults.Ok(result);
            var problem = new ProblemDetails
            {
                Status = StatusCodes.Status422UnprocessableEntity,
                Type = ProblemTypes.AllEventsRejected,
                Title = "Every event was rejected",
                Detail = "No event of the batch was stored; each result names the field and the rule it broke.",
                Extensions = { ["rejected"] = result.Rejected, ["results"] = result.Results },
            };
            return TypedResults.Problem(problem);
        }
    }

    private static async Task<BatchResult> IngestAsync(
        JsonElement items, IEventIngestion ingestion, IEventValidationContext context,
        EventValidationOptions validation, IngestionMetrics metrics, CancellationToken cancellationToken)
    {
        var results = new ItemResult[items.GetArrayLength()];
        var valid = new List<(int Index, EnterpriseEvent Event)>();
        var index = 0;
        foreach (var item in items.EnumerateArray())
        {
            var parsed = EventParser.Parse(item, context, validation);
            if (parsed.IsSuccess) valid.Add((index, parsed.Event));
            else
            {
                results[index] = new ItemResult(index, parsed.EventId, IngestStatus.Rejected, null, parsed.Errors);
                metrics.ParseRejected(item, parsed.Errors);
            }
            index++;
        }
        if (valid.Count > 0)
        {
            var outcomes = await ingestion.IngestAsync([.. valid.Select(v => v.Event)], cancellationToken);
            for (var i = 0; i < valid.Count; i++)
            {
                var outcome = outcomes[i];
                results[valid[i].Index] = new ItemResult(valid[i].Index, outcome.EventId, outcome.Status, outcome.Seq,
                    outcome.Errors.Count > 0 ? outcome.Errors : null);
            }
        }
        return new BatchResult(
            results.Count(r => r.Status == IngestStatus.Accepted),
            results.Count(r => r.Status == IngestStatus.Duplicate),
            results.Count(r => r.Status == IngestStatus.Rejected),
            results);
    }
}
