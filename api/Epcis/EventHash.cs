using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace QualityMap.Api.Epcis;

/// <summary>
/// The EPCIS event hash of CBV 2.0 (§8.9): an event's identity from its content, whatever its syntax or the order
/// of its fields. The pre-hash string names the fields in the canonical order, each <c>name=value</c>, with times
/// in UTC to the millisecond, CBV words as full URIs, identifiers as canonical Digital Links, list items and user
/// extensions in lexical order; its SHA-256 is <c>ni:///sha-256;{hex}?ver=CBV2.0</c>. Checked against an independent
/// implementation (epcis2.js) in the tests.
/// </summary>
public static class EventHash
{
    private const string Cbv = "https://ref.gs1.org/cbv/";

    // CBV 2.0 §8.9.2: the order of the standard fields; anything else is a user extension.
    private static readonly string[] s_order =
    [
        "type", "eventTime", "eventTimeZoneOffset", "certificationInfo", "epcList", "parentID", "inputEPCList", "childEPCs",
        "quantityList", "childQuantityList", "inputQuantityList", "outputEPCList", "outputQuantityList", "action",
        "transformationID", "bizStep", "disposition", "persistentDisposition", "readPoint", "bizLocation",
        "bizTransactionList", "sourceList", "destinationList", "sensorElementList", "ilmd",
    ];

    private static readonly string[] s_quantityOrder = ["epcClass", "quantity", "uom"];

    // Not part of an event's content: when it was recorded, what it is called, what corrects it.
    private static readonly HashSet<string> s_ignored = ["recordTime", "eventID", "errorDeclaration", "@context"];

    private static readonly Dictionary<string, string> s_defaultContext = new()
    {
        ["epcis"] = "https://ref.gs1.org/epcis/", ["cbv"] = Cbv, ["gs1"] = "https://gs1.org/voc/",
        ["rdfs"] = "http://www.w3.org/2000/01/rdf-schema#", ["owl"] = "http://www.w3.org/2002/07/owl#",
        ["xsd"] = "http://www.w3.org/2001/XMLSchema#", ["dcterms"] = "http://purl.org/dc/terms/",
    };

    public static string IdOf(JsonObject @event, JsonNode? documentContext) =>
        $"ni:///sha-256;{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(PreHash(@event, documentContext))))}?ver=CBV2.0";

    public static string PreHash(JsonObject @event, JsonNode? documentContext)
    {
        var prefixes = Prefixes(documentContext, @event["@context"]);
        var extensions = new List<string>();
        var text = new StringBuilder();
        foreach (var name in s_order)
        {
            if (@event[name] is not { } value) continue;
            text.Append(name switch
            {
                "type" => Field("eventType", value),
                "eventTime" => Field(name, Time(value.GetValue<string>())),
                "bizStep" => Field(name, Expand(value.GetValue<string>(), "BizStep-")),
                "disposition" => Field(name, Expand(value.GetValue<string>(), "Disp-")),
                "epcList" or "inputEPCList" or "outputEPCList" or "childEPCs" => List(name, value.AsArray().Select(e => Field("epc", e!))),
                "quantityList" or "childQuantityList" or "inputQuantityList" or "outputQuantityList" =>
                    List(name, value.AsArray().Select(q => "quantityElement" + Ordered(q!.AsObject(), s_quantityOrder, prefixes, extensions, "quantityElement", grouped: false))),
                "readPoint" or "bizLocation" => name + Ordered(value.AsObject(), ["id"], prefixes, extensions, name, grouped: true),
                "bizTransactionList" => List(name, value.AsArray().Select(b => Typed(b!.AsObject(), "bizTransaction", "BTT-", prefixes, extensions))),
                "sourceList" => List(name, value.AsArray().Select(s => Typed(s!.AsObject(), "source", "SDT-", prefixes, extensions))),
                "destinationList" => List(name, value.AsArray().Select(d => Typed(d!.AsObject(), "destination", "SDT-", prefixes, extensions))),
                "ilmd" => name + Extensions(value.AsObject(), prefixes),
                _ when value is JsonValue => Field(name, value),
                _ => name + Extensions(value.AsObject(), prefixes),
            });
        }
        foreach (var (name, value) in @event)
        {
            if (!s_order.Contains(name) && !s_ignored.Contains(name) && value is not null) extensions.Add(Extension(name, value, prefixes));
        }
        return text + Sorted(extensions);
    }

    // type first, then the identifier: "type=…bizTransaction=…" (CBV 2.0 §8.9.2 rule on type attributes).
    private static string Typed(JsonObject element, string key, string vocabulary, Dictionary<string, string> prefixes, List<string> extensions)
    {
        var text = new StringBuilder();
        if (element["type"] is { } type) text.Append(Field("type", Expand(type.GetValue<string>(), vocabulary)));
        if (element[key] is { } id) text.Append(Field(key, id));
        foreach (var (name, value) in element)
        {
            if (name is not ("type") && name != key && value is not null) extensions.Add(key + Extension(name, value, prefixes));
        }
        return text.ToString();
    }

    // An element's own extensions go with the event's, named by the element: each one alone (a quantity element's),
    // or all together in one entry (a read point's), as the reference implementations have it.
    private static string Ordered(
        JsonObject element, string[] order, Dictionary<string, string> prefixes, List<string> extensions, string owner, bool grouped)
    {
        var text = new StringBuilder();
        foreach (var name in order)
        {
            if (element[name] is { } value) text.Append(Field(name, value));
        }
        var own = element.Where(p => !order.Contains(p.Key) && p.Value is not null).Select(p => Extension(p.Key, p.Value!, prefixes)).ToList();
        if (grouped && own.Count > 0) extensions.Add(owner + Sorted(own));
        if (!grouped) extensions.AddRange(own.Select(e => owner + e));
        return text.ToString();
    }

    private static string List(string name, IEnumerable<string> items)
    {
        var sorted = Sorted(items);
        return sorted.Length == 0 ? "" : name + sorted;
    }

    private static string Extensions(JsonObject element, Dictionary<string, string> prefixes) =>
        Sorted(element.Where(p => p.Value is not null && p.Key != "rdfs:comment").Select(p => Extension(p.Key, p.Value!, prefixes)));

    // A user extension is named by its full namespace: "example:myField" is "{http://ns.example.com/epcis/}myField".
    private static string Extension(string name, JsonNode value, Dictionary<string, string> prefixes)
    {
        var colon = name.IndexOf(':');
        var full = colon > 0 && prefixes.TryGetValue(name[..colon], out var ns) ? $"{{{ns}}}{name[(colon + 1)..]}" : name;
        return value switch
        {
            JsonObject child => full + Extensions(child, prefixes),
            JsonArray list => Sorted(list.Where(i => i is not null).Select(i => i is JsonObject o ? full + Extensions(o, prefixes) : Field(full, i!))),
            _ => Field(full, value),
        };
    }

    private static string Field(string name, JsonNode value) => Field(name, Value(value));

    private static string Field(string name, string value) => $"{name}={value}";

    private static string Value(JsonNode node)
    {
        if (node is JsonValue value && value.GetValueKind() == JsonValueKind.Number)
            return Numbers.Of(value).ToString("0.############################", CultureInfo.InvariantCulture);
        var text = node.GetValueKind() == JsonValueKind.String ? node.GetValue<string>().Trim() : node.ToJsonString();
        return IsTime(text) ? Time(text) : EpcUri.Canonical(TrimNumber(text));
    }

    // Numbers sent as text lose their padding: "007.50" is "7.5".
    private static string TrimNumber(string text)
    {
        if (text.Length == 0 || !text.All(c => char.IsAsciiDigit(c) || c == '.')) return text;
        while (text.StartsWith('0') && text.Length > 2) text = text[1..];
        while (text.EndsWith('0') && text.Contains('.') && text.Length > 3) text = text[..^1];
        return text.EndsWith('.') ? text[..^1] : text;
    }

    private static bool IsTime(string text) =>
        text.Length > 17 && text[4] == '-' && text.Contains('T') && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _);

    // UTC, to the millisecond, digits beyond the millisecond cut off.
    private static string Time(string text)
    {
        var time = DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal).ToUniversalTime();
        var truncated = new DateTimeOffset(time.Ticks - time.Ticks % TimeSpan.TicksPerMillisecond, TimeSpan.Zero);
        return truncated.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
    }

    private static string Expand(string value, string vocabulary) => value.Contains(':') ? value : Cbv + vocabulary + value;

    private static string Sorted(IEnumerable<string> items) => string.Concat(items.Order(StringComparer.Ordinal));

    private static Dictionary<string, string> Prefixes(params JsonNode?[] contexts)
    {
        var prefixes = new Dictionary<string, string>(s_defaultContext);
        foreach (var context in contexts)
        {
            var entries = context switch
            {
                JsonArray list => list.OfType<JsonObject>(),
                JsonObject one => [one],
                _ => [],
            };
            foreach (var entry in entries)
            foreach (var (prefix, ns) in entry)
            {
                if (ns is JsonValue v && v.GetValueKind() == JsonValueKind.String) prefixes[prefix] = v.GetValue<string>();
            }
        }
        return prefixes;
    }
}
