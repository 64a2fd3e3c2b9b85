using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using QualityMap.Grains.Trace;

namespace QualityMap.Api.Epcis;

/// <summary>
/// Reads an EPCIS 2.0 capture document (JSON/JSON-LD, EPCIS 2.0 §12) into its events, refusing the whole document at
/// the first fault with the JSON Pointer of the field. It checks what the EPCIS JSON Schema asks of the fields the
/// service reads (the tests hold the service's refusals against the official schema's) and, for a seller, that every
/// event is its own receiving, shipping or retail selling. Batches' registration is checked after, by the caller.
/// </summary>
public static partial class CaptureReader
{
    private static readonly string[] s_eventTypes = ["ObjectEvent", "AggregationEvent", "TransactionEvent", "TransformationEvent", "AssociationEvent"];
    private static readonly string[] s_actions = ["ADD", "OBSERVE", "DELETE"];

    /// <param name="sellerUscc">The seller capturing, whose events these must be; null for a city administrator's import.</param>
    public static (IReadOnlyList<CapturedEvent>? Events, CaptureRefusal? Refusal) Read(JsonNode? document, string? sellerUscc, int maxEvents)
    {
        try
        {
            return (ReadDocument(document, sellerUscc, maxEvents), null);
        }
        catch (RefusedException refused)
        {
            return (null, refused.Refusal);
        }
    }

    private static List<CapturedEvent> ReadDocument(JsonNode? document, string? sellerUscc, int maxEvents)
    {
        var root = document as JsonObject ?? throw Refuse("", "type", "The body must be a JSON object: an EPCISDocument.");
        if (Text(root, "type", "") != "EPCISDocument") throw Refuse("/type", "epcis-document", "'type' must be \"EPCISDocument\".");
        if (Text(root, "schemaVersion", "") is not ("2.0" or "2.0.0")) throw Refuse("/schemaVersion", "schema-version", "'schemaVersion' must be \"2.0\".");
        if (root["@context"] is null) throw Refuse("/@context", "required", "'@context' is required: the EPCIS 2.0 JSON-LD context.");
        Time(root, "creationDate", "");
        var list = (root["epcisBody"] as JsonObject ?? throw Refuse("/epcisBody", "required", "'epcisBody' must be an object with an eventList."))["eventList"] as JsonArray
            ?? throw Refuse("/epcisBody/eventList", "required", "'eventList' must be an array of events.");
        if (list.Count > maxEvents)
            throw Refuse("/epcisBody/eventList", "max-items", $"A capture holds at most {maxEvents} events, got {list.Count}; split the document.");

        var events = new List<CapturedEvent>(list.Count);
        for (var i = 0; i < list.Count; i++)
        {
            var pointer = $"/epcisBody/eventList/{i}";
            events.Add(ReadEvent(list[i] as JsonObject ?? throw Refuse(pointer, "type", "Each event must be a JSON object."), pointer, root["@context"], sellerUscc));
        }
        return events;
    }

    /// <summary>The flow a journaled event records, read again when the journal is applied or rebuilt.</summary>
    public static IReadOnlyList<FlowLine> FlowOf(JsonObject @event)
    {
        var step = TradeSteps.Of(@event["bizStep"] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null);
        var type = @event["type"]?.GetValue<string>() ?? "";
        var sign = @event["errorDeclaration"] is null ? 1 : -1;
        return Flow(@event, type, step, Party(@event, "sourceList", "source", ""), Party(@event, "destinationList", "destination", ""), sign);
    }

    private static CapturedEvent ReadEvent(JsonObject @event, string pointer, JsonNode? context, string? sellerUscc)
    {
        var type = Text(@event, "type", pointer);
        if (!s_eventTypes.Contains(type))
            throw Refuse($"{pointer}/type", "event-type", $"'type' must be one of {string.Join(", ", s_eventTypes)}, got '{type}'.");
        var eventTime = Time(@event, "eventTime", pointer);
        var offset = Text(@event, "eventTimeZoneOffset", pointer);
        if (!OffsetPattern().IsMatch(offset))
            throw Refuse($"{pointer}/eventTimeZoneOffset", "pattern", $"'eventTimeZoneOffset' must be ±hh:mm such as +08:00, got '{offset}'.");
        if (type != "TransformationEvent" && !s_actions.Contains(Text(@event, "action", pointer)))
            throw Refuse($"{pointer}/action", "action", $"'action' must be ADD, OBSERVE or DELETE.");
        var eventId = @event["eventID"] is null ? null : Uri(Text(@event, "eventID", pointer), $"{pointer}/eventID");
        foreach (var name in (string[])["epcList", "childEPCs", "inputEPCList", "outputEPCList"])
        {
            if (@event[name] is not null) Uris(@event, name, pointer);
        }
        foreach (var name in (string[])["quantityList", "childQuantityList", "inputQuantityList", "outputQuantityList"])
        {
            if (@event[name] is not null) Quantities(@event, name, pointer);
        }
        var source = Party(@event, "sourceList", "source", pointer);
        var destination = Party(@event, "destinationList", "destination", pointer);
        var declared = @event["errorDeclaration"] is { } declaration ? Declaration(declaration, $"{pointer}/errorDeclaration") : false;

        var step = TradeSteps.Of(@event["bizStep"] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null);
        if (sellerUscc is not null) RequireOwn(type, step, source, destination, sellerUscc, pointer);
        var id = eventId ?? EventHash.IdOf(@event, context);
        var flow = Flow(@event, type, step, source, destination, declared ? -1 : 1);
        // Journaled alone, an event keeps the namespaces the document's context declared for its extension fields;
        // a document of the standard context alone declares none, and its events are kept as they are.
        if (@event["@context"] is null && DeclaresNamespaces(context))
        {
            @event = (JsonObject)@event.DeepClone();
            @event["@context"] = context!.DeepClone();
        }
        return new CapturedEvent(id, type, eventTime, @event, flow, declared ? id : null);
    }

    private static bool DeclaresNamespaces(JsonNode? context) => context switch
    {
        JsonObject => true,
        JsonArray list => list.Any(entry => entry is JsonObject),
        _ => false,
    };

    // A seller records its own trade only: it receives as the destination, ships and sells as the source.
    private static void RequireOwn(string type, string? step, string? source, string? destination, string seller, string pointer)
    {
        if (type != "ObjectEvent" || step is null)
            throw Refuse($"{pointer}/bizStep", "trade-step",
                $"A seller records ObjectEvents of bizStep {string.Join(", ", TradeSteps.All)}.");
        var (list, party) = TradeSteps.RecordedByDestination(step) ? ("destinationList", destination) : ("sourceList", source);
        if (party != seller)
            throw Refuse($"{pointer}/{list}", "own-events-only",
                $"A seller records only its own {step}: the event's {list} must name {Parties.Of(seller)} as owning_party.");
    }

    private static List<FlowLine> Flow(JsonObject @event, string type, string? step, string? source, string? destination, int sign)
    {
        var party = step is null ? null : TradeSteps.RecordedByDestination(step) ? destination : source;
        if (type != "ObjectEvent" || step is null || party is null) return [];
        var counterparty = TradeSteps.RecordedByDestination(step) ? source : destination;
        var lines = new List<FlowLine>();
        foreach (var epc in (@event["epcList"] as JsonArray ?? []).Select(e => e!.GetValue<string>()))
        {
            if (EpcUri.Batch(epc) is { } item) lines.Add(new FlowLine(item.Batch, party, step, sign, counterparty));
        }
        foreach (var quantity in (@event["quantityList"] as JsonArray ?? []).OfType<JsonObject>())
        {
            if (EpcUri.Batch(quantity["epcClass"]!.GetValue<string>()) is { Serial: null } batch)
                lines.Add(new FlowLine(batch.Batch, party, step, sign * Numbers.Of(quantity["quantity"]!), counterparty));
        }
        // One line per batch: an event naming items and a quantity of one batch moves their sum.
        return [.. lines.GroupBy(l => l.Batch).Select(g => g.First() with { Quantity = g.Sum(l => l.Quantity) })];
    }

    /// <summary>The party of the owning_party entry of a source or destination list, as a credit code, if one names one.</summary>
    private static string? Party(JsonObject @event, string listName, string key, string pointer)
    {
        if (@event[listName] is null) return null;
        var list = @event[listName] as JsonArray ?? throw Refuse($"{pointer}/{listName}", "type", $"'{listName}' must be an array.");
        string? owning = null;
        for (var i = 0; i < list.Count; i++)
        {
            var at = $"{pointer}/{listName}/{i}";
            var entry = list[i] as JsonObject ?? throw Refuse(at, "type", $"Each entry of '{listName}' must be an object with type and {key}.");
            var type = Text(entry, "type", at);
            var id = Uri(Text(entry, key, at), $"{at}/{key}");
            if (type is "owning_party" or "https://ref.gs1.org/cbv/SDT-owning_party" or "urn:epcglobal:cbv:sdt:owning_party")
            {
                owning = Parties.UsccOf(id);
                if (id.StartsWith(Parties.Prefix, StringComparison.Ordinal) && owning is null)
                    throw Refuse($"{at}/{key}", "uscc-check-character", $"'{id}' is not {Parties.Prefix} followed by a valid unified social credit code.");
            }
        }
        return owning;
    }

    private static bool Declaration(JsonNode node, string pointer)
    {
        var declaration = node as JsonObject ?? throw Refuse(pointer, "type", "'errorDeclaration' must be an object.");
        Time(declaration, "declarationTime", pointer);
        return true;
    }

    private static void Uris(JsonObject @event, string name, string pointer)
    {
        var list = @event[name] as JsonArray ?? throw Refuse($"{pointer}/{name}", "type", $"'{name}' must be an array of URIs.");
        for (var i = 0; i < list.Count; i++)
        {
            var at = $"{pointer}/{name}/{i}";
            Uri(list[i] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : throw Refuse(at, "type", "Each EPC must be a URI string."), at);
        }
    }

    private static void Quantities(JsonObject @event, string name, string pointer)
    {
        var list = @event[name] as JsonArray ?? throw Refuse($"{pointer}/{name}", "type", $"'{name}' must be an array of quantity elements.");
        for (var i = 0; i < list.Count; i++)
        {
            var at = $"{pointer}/{name}/{i}";
            var element = list[i] as JsonObject ?? throw Refuse(at, "type", "Each quantity element must be an object with epcClass and quantity.");
            Uri(Text(element, "epcClass", at), $"{at}/epcClass");
            if (element["quantity"] is not JsonValue quantity || quantity.GetValueKind() != JsonValueKind.Number)
                throw Refuse($"{at}/quantity", element["quantity"] is null ? "required" : "type", "'quantity' must be a number.");
            if (Numbers.Of(quantity) < 0) throw Refuse($"{at}/quantity", "minimum", "'quantity' must not be negative.");
            if (element["uom"] is { } uom && (uom.GetValueKind() != JsonValueKind.String || !UomPattern().IsMatch(uom.GetValue<string>())))
                throw Refuse($"{at}/uom", "pattern", "'uom' must be a UN/CEFACT Rec 20 code of 2 or 3 characters (EA, KGM, MTR).");
        }
    }

    private static string Text(JsonObject owner, string name, string pointer)
    {
        if (owner[name] is not JsonValue value || value.GetValueKind() != JsonValueKind.String)
            throw Refuse($"{pointer}/{name}", owner[name] is null ? "required" : "type", $"'{name}' must be a string.");
        return value.GetValue<string>();
    }

    private static DateTimeOffset Time(JsonObject owner, string name, string pointer)
    {
        var text = Text(owner, name, pointer);
        if (!DateTimePattern().IsMatch(text) || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
            throw Refuse($"{pointer}/{name}", "date-time", $"'{name}' must be an RFC 3339 date-time with its offset, such as 2026-11-20T09:30:00.000+08:00.");
        return time;
    }

    // An absolute URI (RFC 3986): a scheme, a colon, and no spaces.
    private static string Uri(string text, string pointer) =>
        UriPattern().IsMatch(text) ? text : throw Refuse(pointer, "uri", $"'{text}' is not an absolute URI.");

    private static RefusedException Refuse(string pointer, string rule, string detail) => new(new CaptureRefusal(pointer, rule, detail));

    [GeneratedRegex(@"^[+-]([01][0-9]|2[0-3]):[0-5][0-9]$")]
    private static partial Regex OffsetPattern();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex DateTimePattern();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9+.-]*:\S+$")]
    private static partial Regex UriPattern();

    [GeneratedRegex(@"^[A-Z0-9]{2,3}$")]
    private static partial Regex UomPattern();

    private sealed class RefusedException(CaptureRefusal refusal) : Exception(refusal.Detail)
    {
        public CaptureRefusal Refusal { get; } = refusal;
    }
}
