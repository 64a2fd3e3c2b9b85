using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace QualityMap.Api.Epcis;

/// <summary>
/// Reads an EPCIS 2.0 capture document (JSON/JSON-LD, EPCIS 2.0 §12) into its events, refusing the whole document at
/// the first fault with the JSON Pointer of the field. It checks what the EPCIS JSON Schema asks of the fields the
/// service reads (the tests hold the service's refusals against the official schema's) and, for a seller, that every
/// event is its own receiving, shipping or retail selling. Batches' registration is checked after, by the caller.
/// It reads the parsed document as it is, with no tree built of it: capture is a hot path.
/// </summary>
public static partial class CaptureReader
{
    private static readonly string[] s_eventTypes = ["ObjectEvent", "AggregationEvent", "TransactionEvent", "TransformationEvent", "AssociationEvent"];
    private static readonly string[] s_actions = ["ADD", "OBSERVE", "DELETE"];

    /// <param name="sellerUscc">The seller capturing, whose events these must be; null for a city administrator's import.</param>
    public static (IReadOnlyList<CapturedEvent>? Events, CaptureRefusal? Refusal) Read(JsonElement document, string? sellerUscc, int maxEvents)
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

    /// <summary>The same for a document built as a JSON tree (the phone form's, the demo's).</summary>
    public static (IReadOnlyList<CapturedEvent>? Events, CaptureRefusal? Refusal) Read(JsonNode document, string? sellerUscc, int maxEvents) =>
        Read(JsonSerializer.SerializeToElement(document), sellerUscc, maxEvents);

    /// <summary>The flow a journaled event records, read again when the journal is applied or rebuilt.</summary>
    public static IReadOnlyList<FlowLine> FlowOf(JsonElement @event)
    {
        var step = TradeSteps.Of(OptionalText(@event, "bizStep"));
        var type = OptionalText(@event, "type") ?? "";
        var sign = @event.TryGetProperty("errorDeclaration", out _) ? -1 : 1;
        return Flow(@event, type, step, Party(@event, "sourceList", "source", ""), Party(@event, "destinationList", "destination", ""), sign);
    }

    private static List<CapturedEvent> ReadDocument(JsonElement root, string? sellerUscc, int maxEvents)
    {
        if (root.ValueKind != JsonValueKind.Object) throw Refuse("", "type", "The body must be a JSON object: an EPCISDocument.");
        if (Text(root, "type", "") != "EPCISDocument") throw Refuse("/type", "epcis-document", "'type' must be \"EPCISDocument\".");
        if (Text(root, "schemaVersion", "") is not ("2.0" or "2.0.0")) throw Refuse("/schemaVersion", "schema-version", "'schemaVersion' must be \"2.0\".");
        if (!root.TryGetProperty("@context", out var context)) throw Refuse("/@context", "required", "'@context' is required: the EPCIS 2.0 JSON-LD context.");
        Time(root, "creationDate", "");
        if (!root.TryGetProperty("epcisBody", out var body) || body.ValueKind != JsonValueKind.Object)
            throw Refuse("/epcisBody", "required", "'epcisBody' must be an object with an eventList.");
        if (!body.TryGetProperty("eventList", out var list) || list.ValueKind != JsonValueKind.Array)
            throw Refuse("/epcisBody/eventList", "required", "'eventList' must be an array of events.");
        var count = list.GetArrayLength();
        if (count > maxEvents)
            throw Refuse("/epcisBody/eventList", "max-items", $"A capture holds at most {maxEvents} events, got {count}; split the document.");

        var namespaced = DeclaresNamespaces(context);
        var events = new List<CapturedEvent>(count);
        var index = 0;
        foreach (var @event in list.EnumerateArray())
        {
            var pointer = $"/epcisBody/eventList/{index++}";
            if (@event.ValueKind != JsonValueKind.Object) throw Refuse(pointer, "type", "Each event must be a JSON object.");
            events.Add(ReadEvent(@event, pointer, context, namespaced, sellerUscc));
        }
        return events;
    }

    private static CapturedEvent ReadEvent(JsonElement @event, string pointer, JsonElement context, bool namespaced, string? sellerUscc)
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
        var eventId = @event.TryGetProperty("eventID", out _) ? Uri(Text(@event, "eventID", pointer), $"{pointer}/eventID") : null;
        foreach (var name in (string[])["epcList", "childEPCs", "inputEPCList", "outputEPCList"])
        {
            if (@event.TryGetProperty(name, out var epcs)) Uris(epcs, name, pointer);
        }
        foreach (var name in (string[])["quantityList", "childQuantityList", "inputQuantityList", "outputQuantityList"])
        {
            if (@event.TryGetProperty(name, out var quantities)) Quantities(quantities, name, pointer);
        }
        var source = Party(@event, "sourceList", "source", pointer);
        var destination = Party(@event, "destinationList", "destination", pointer);
        var declared = @event.TryGetProperty("errorDeclaration", out var declaration) && Declaration(declaration, $"{pointer}/errorDeclaration");

        var step = TradeSteps.Of(OptionalText(@event, "bizStep"));
        if (sellerUscc is not null) RequireOwn(type, step, source, destination, sellerUscc, pointer);
        var id = eventId ?? EventHash.IdOf(@event, context);
        var flow = Flow(@event, type, step, source, destination, declared ? -1 : 1);
        return new CapturedEvent(id, type, eventTime, Kept(@event, context, namespaced), flow, declared ? id : null);
    }

    // Journaled alone, an event keeps the namespaces the document's context declared for its extension fields; a
    // document of the standard context alone declares none, and its events are kept exactly as sent.
    private static string Kept(JsonElement @event, JsonElement context, bool namespaced)
    {
        if (!namespaced || @event.TryGetProperty("@context", out _)) return @event.GetRawText();
        var kept = JsonObject.Create(@event)!;
        kept["@context"] = JsonNode.Parse(context.GetRawText());
        return kept.ToJsonString();
    }

    private static bool DeclaresNamespaces(JsonElement context) => context.ValueKind switch
    {
        JsonValueKind.Object => true,
        JsonValueKind.Array => context.EnumerateArray().Any(entry => entry.ValueKind == JsonValueKind.Object),
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

    private static List<FlowLine> Flow(JsonElement @event, string type, string? step, string? source, string? destination, int sign)
    {
        var party = step is null ? null : TradeSteps.RecordedByDestination(step) ? destination : source;
        if (type != "ObjectEvent" || step is null || party is null) return [];
        var counterparty = TradeSteps.RecordedByDestination(step) ? source : destination;
        var lines = new List<FlowLine>();
        if (@event.TryGetProperty("epcList", out var epcs))
        {
            foreach (var epc in epcs.EnumerateArray())
            {
                if (EpcUri.Batch(epc.GetString()!) is { } item) lines.Add(new FlowLine(item.Batch, party, step, sign, counterparty));
            }
        }
        if (@event.TryGetProperty("quantityList", out var quantities))
        {
            foreach (var quantity in quantities.EnumerateArray())
            {
                if (EpcUri.Batch(quantity.GetProperty("epcClass").GetString()!) is { Serial: null } batch)
                    lines.Add(new FlowLine(batch.Batch, party, step, sign * Numbers.Of(quantity.GetProperty("quantity")), counterparty));
            }
        }
        // One line per batch: an event naming items and a quantity of one batch moves their sum.
        return lines.Count <= 1 ? lines : [.. lines.GroupBy(l => l.Batch).Select(g => g.First() with { Quantity = g.Sum(l => l.Quantity) })];
    }

    /// <summary>The party of the owning_party entry of a source or destination list, as a credit code, if one names one.</summary>
    private static string? Party(JsonElement @event, string listName, string key, string pointer)
    {
        if (!@event.TryGetProperty(listName, out var list)) return null;
        if (list.ValueKind != JsonValueKind.Array) throw Refuse($"{pointer}/{listName}", "type", $"'{listName}' must be an array.");
        string? owning = null;
        var i = 0;
        foreach (var entry in list.EnumerateArray())
        {
            var at = $"{pointer}/{listName}/{i++}";
            if (entry.ValueKind != JsonValueKind.Object) throw Refuse(at, "type", $"Each entry of '{listName}' must be an object with type and {key}.");
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

    private static bool Declaration(JsonElement declaration, string pointer)
    {
        if (declaration.ValueKind != JsonValueKind.Object) throw Refuse(pointer, "type", "'errorDeclaration' must be an object.");
        Time(declaration, "declarationTime", pointer);
        return true;
    }

    private static void Uris(JsonElement list, string name, string pointer)
    {
        if (list.ValueKind != JsonValueKind.Array) throw Refuse($"{pointer}/{name}", "type", $"'{name}' must be an array of URIs.");
        var i = 0;
        foreach (var epc in list.EnumerateArray())
        {
            var at = $"{pointer}/{name}/{i++}";
            Uri(epc.ValueKind == JsonValueKind.String ? epc.GetString()! : throw Refuse(at, "type", "Each EPC must be a URI string."), at);
        }
    }

    private static void Quantities(JsonElement list, string name, string pointer)
    {
        if (list.ValueKind != JsonValueKind.Array) throw Refuse($"{pointer}/{name}", "type", $"'{name}' must be an array of quantity elements.");
        var i = 0;
        foreach (var element in list.EnumerateArray())
        {
            var at = $"{pointer}/{name}/{i++}";
            if (element.ValueKind != JsonValueKind.Object) throw Refuse(at, "type", "Each quantity element must be an object with epcClass and quantity.");
            Uri(Text(element, "epcClass", at), $"{at}/epcClass");
            if (!element.TryGetProperty("quantity", out var quantity) || quantity.ValueKind != JsonValueKind.Number)
                throw Refuse($"{at}/quantity", element.TryGetProperty("quantity", out _) ? "type" : "required", "'quantity' must be a number.");
            if (Numbers.Of(quantity) < 0) throw Refuse($"{at}/quantity", "minimum", "'quantity' must not be negative.");
            if (element.TryGetProperty("uom", out var uom) && (uom.ValueKind != JsonValueKind.String || !UomPattern().IsMatch(uom.GetString()!)))
                throw Refuse($"{at}/uom", "pattern", "'uom' must be a UN/CEFACT Rec 20 code of 2 or 3 characters (EA, KGM, MTR).");
        }
    }

    private static string? OptionalText(JsonElement owner, string name) =>
        owner.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string Text(JsonElement owner, string name, string pointer)
    {
        if (!owner.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.String)
            throw Refuse($"{pointer}/{name}", owner.TryGetProperty(name, out var sent) && sent.ValueKind != JsonValueKind.Null ? "type" : "required",
                $"'{name}' must be a string.");
        return value.GetString()!;
    }

    private static DateTimeOffset Time(JsonElement owner, string name, string pointer)
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
