using System.Text.Json;
using QualityMap.Api.Ingestion.Shapes;
using QualityMap.Grains.Events;
using QualityMap.Grains.Events.Fields;

namespace QualityMap.Api.Ingestion;

/// <summary>
/// Turns one item of an ingest request into an <see cref="EnterpriseEvent"/>, or into every <see cref="FieldError"/>
/// the item has. The <c>kind</c> picks the record, and the record's declaration says what each field accepts
/// (<see cref="RecordShape"/>). Field names are case-sensitive camelCase; fields a kind does not define are rejected.
/// </summary>
public static class EventParser
{
    private const string KindField = "kind";
    private const string EventIdField = "eventId";

    public static EventParseResult Parse(JsonElement item, IEventValidationContext context, EventValidationOptions options)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);

        if (item.ValueKind != JsonValueKind.Object)
        {
            var got = item.ValueKind == JsonValueKind.Undefined ? "nothing" : item.ValueKind.ToString().ToLowerInvariant();
            return EventParseResult.Failure(null, [new FieldError("", FieldRules.Type, $"The event must be a JSON object, got {got}.")]);
        }

        if (FieldReader.InvalidNames(item) is { Count: > 0 } invalidNames) return EventParseResult.Failure(null, invalidNames);

        var errors = new List<FieldError>();
        var reader = new FieldReader(item, "", errors, context, options);
        var type = ReadKind(reader);
        // Without a known kind there is no telling which other fields belong, so only the shared ones are checked.
        var parsed = (EnterpriseEvent?)ShapeReader.Read(reader, RecordShape.Of(type ?? typeof(EnterpriseEvent)));
        if (type is not null) reader.RejectUnknownFields($"a {item.GetProperty(KindField).GetString()} event");

        return parsed is not null && errors.Count == 0
            ? EventParseResult.Success(parsed)
            : EventParseResult.Failure(EchoableEventId(item, errors), errors);
    }

    private static Type? ReadKind(FieldReader reader)
    {
        var kind = reader.RequireRawString(KindField);
        if (kind is null)
        {
            return null;
        }

        var type = EventKinds.TypeOf(kind);
        if (type is null)
        {
            reader.AddError(KindField, FieldRules.UnknownKind,
                $"Field '{KindField}' must be one of {string.Join(", ", EventKinds.All)}; got '{kind}'.");
        }

        return type;
    }

    // An id the client sent as a string of sane length is worth echoing even when it broke the pattern rule:
    // it is how the client finds the item the errors are about.
    private static string? EchoableEventId(JsonElement item, List<FieldError> errors)
    {
        if (!item.TryGetProperty(EventIdField, out var sent) || sent.ValueKind != JsonValueKind.String) return null;
        if (errors.Any(e => e.Field == EventIdField && e.Rule == FieldRules.Type)) return null;
        var eventId = sent.GetString();
        return eventId is { Length: > 0 and <= EventIdAttribute.MaxLength } ? eventId : null;
    }
}
