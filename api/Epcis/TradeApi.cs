using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using QualityMap.Api.Apis;
using QualityMap.Api.Ingestion;
using QualityMap.Api.Ingestion.Shapes;
using QualityMap.Api.Problems;
using QualityMap.Api.Security;
using QualityMap.Api.Trace;
using QualityMap.Grains.Events.Fields;

namespace QualityMap.Api.Epcis;

/// <summary>
/// The seller's phone form, <c>POST /api/trade</c>: a <see cref="TradeRecord"/> (the step, the scanned code, how
/// many, the other business) becomes the EPCIS 2.0 ObjectEvent the seller would otherwise capture itself, and goes
/// through the same checks and the same journal.
/// </summary>
public static class TradeApi
{
    private static readonly TimeSpan ChinaStandardTime = TimeSpan.FromHours(8);

    public static RouteHandlerBuilder MapTradeApi(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/trade", RecordAsync).WithTags("EPCIS").RequireAuthorization(Policies.Trade);

    public static async Task<IResult> RecordAsync(
        HttpRequest request, ClaimsPrincipal user, IGrainFactory grains, ITraceCapture capture, IEventValidationContext context,
        IOptions<EventValidationOptions> validation, TimeProvider time)
    {
        var (bytes, unreadable) = await RequestBody.ReadJsonBytesAsync(request, 64 * 1024, request.HttpContext.RequestAborted);
        if (unreadable is not null) return unreadable;
        TradeRecord? record;
        List<FieldError> errors = [];
        try
        {
            using var document = JsonDocument.Parse(bytes);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                return Problem.Of(StatusCodes.Status400BadRequest, ProblemTypes.InvalidBody, "Invalid trade record", "The body must be a JSON object.", "body", FieldRules.Type);
            var reader = new FieldReader(document.RootElement, "", errors, context, validation.Value);
            record = (TradeRecord?)ShapeReader.Read(reader, RecordShape.Of(typeof(TradeRecord)));
            reader.RejectUnknownFields("a trade record");
        }
        catch (JsonException exception)
        {
            return Problem.Of(StatusCodes.Status400BadRequest, ProblemTypes.MalformedJson, "Malformed JSON", exception.Message, "body", "json");
        }
        if (record is null || errors.Count > 0)
        {
            var first = errors[0];
            var problem = new Microsoft.AspNetCore.Mvc.ProblemDetails
            {
                Status = StatusCodes.Status400BadRequest, Type = ProblemTypes.InvalidBody, Title = "Invalid trade record", Detail = first.Message,
            };
            problem.Extensions["field"] = first.Field;
            problem.Extensions["rule"] = first.Rule;
            problem.Extensions["errors"] = errors;
            return Results.Problem(problem);
        }

        var seller = user.Uscc()!;
        var (events, readRefusal) = CaptureReader.Read(DocumentOf(record, seller, time.GetUtcNow()), seller, 1);
        if (readRefusal is not null) return EpcisCaptureApi.Refused(readRefusal);
        var (job, refusal) = await EpcisCaptureApi.TakeAsync(events!, grains, capture, request.HttpContext.RequestAborted);
        return refusal is not null ? EpcisCaptureApi.Refused(refusal) : Results.Accepted($"/epcis/capture/{job!.CaptureID}", job);
    }

    /// <summary>The EPCIS document of one trade record: the seller is the destination of a receipt, the source otherwise.</summary>
    public static JsonObject DocumentOf(TradeRecord record, string seller, DateTimeOffset now)
    {
        var at = (record.OccurredAt ?? now).ToOffset(ChinaStandardTime);
        var item = EpcUri.Batch(record.Code)!;
        var @event = new JsonObject
        {
            ["type"] = "ObjectEvent",
            ["eventTime"] = at.ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture),
            ["eventTimeZoneOffset"] = "+08:00",
            ["action"] = "OBSERVE",
            ["bizStep"] = record.Step,
        };
        if (item.Serial is not null) @event["epcList"] = new JsonArray(record.Code);
        else @event["quantityList"] = new JsonArray(new JsonObject { ["epcClass"] = record.Code, ["quantity"] = record.Quantity });
        var (from, to) = record.Step == TradeSteps.Receiving ? (record.Counterparty, seller) : (seller, record.Counterparty);
        if (from is not null) @event["sourceList"] = new JsonArray(new JsonObject { ["type"] = "owning_party", ["source"] = Parties.Of(from) });
        if (to is not null) @event["destinationList"] = new JsonArray(new JsonObject { ["type"] = "owning_party", ["destination"] = Parties.Of(to) });
        return new JsonObject
        {
            ["@context"] = new JsonArray("https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"),
            ["type"] = "EPCISDocument",
            ["schemaVersion"] = "2.0",
            ["creationDate"] = now.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            ["epcisBody"] = new JsonObject { ["eventList"] = new JsonArray(@event) },
        };
    }
}
