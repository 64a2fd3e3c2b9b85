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

    public static string IdOf(JsonElement @event, JsonElement? documentContext) =>
        $"ni:///sha-256;{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(PreHash(@event, documentContext))))}?ver=CBV2.0";

    /// <summary>The same for an event built or held as a JSON tree.</summary>
    public static string IdOf(JsonNode @event, JsonNode? documentContext) =>
        IdOf(JsonSerializer.SerializeToElement(@event), documentContext is null ? null : JsonSerializer.SerializeToElement(documentContext));

    public static string PreHash(JsonElement @event, JsonElement? documentContext)
    {
        var prefixes = Prefixes(documentContext, @event.TryGetProperty("@context", out var own) ? own : null);
        var extensions = new List<string>();
        var text = new StringBuilder();
        foreach (var name in s_order)
        {
            if (!@event.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) continue;
            text.Append(name switch
            {
                "type" => Field("eventType", value),
                "eventTime" => Field(name, Time(value.GetString()!)),
                "bizStep" => Field(name, Expand(value.GetString()!, "BizStep-")),
                "disposition" => Field(name, Expand(value.GetString()!, "Disp-")),
                "epcList" or "inputEPCList" or "outputEPCList" or "childEPCs" => List(name, value.EnumerateArray().Select(e => Field("epc", e))),
                "quantityList" or "childQuantityList" or "inputQuantityList" or "outputQuantityList" =>
                    List(name, value.EnumerateArray().Select(q => "quantityElement" + Ordered(q, s_quantityOrder, prefixes, extensions, "quantityElement", grouped: false))),
                "readPoint" or "bizLocation" => name + Ordered(value, ["id"], prefixes, extensions, name, grouped: true),
                "bizTransactionList" => List(name, value.EnumerateArray().Select(b => Typed(b, "bizTransaction", "BTT-", prefixes, extensions))),
                "sourceList" => List(name, value.EnumerateArray().Select(v => Typed(v, "source", "SDT-", prefixes, extensions))),
                "destinationList" => List(name, value.EnumerateArray().Select(d => Typed(d, "destination", "SDT-", prefixes, extensions))),
                _ when value.ValueKind == JsonValueKind.Object => name + Extensions(value, prefixes),
                _ => Field(name, value),
            });
        }
        foreach (var property in @event.EnumerateObject())
        {
            if (!s_order.Contains(property.Name) && !s_ignored.Contains(property.Name) && property.Value.ValueKind != JsonValueKind.Null)
                extensions.Add(Extension(property.Name, property.Value, prefixes));
        }
        return text + Sorted(extensions);
    }

    // type first, then the identifier: "type=…bizTransaction=…" (CBV 2.0 §8.9.2 rule on type attributes).
    private static string Typed(JsonElement element, string key, string vocabulary, Dictionary<string, string> prefixes, List<string> extensions)
    {
        var text = new StringBuilder();
        if (element.TryGetProperty("type", out var type)) text.Append(Field("type", Expand(type.GetString()!, vocabulary)));
        if (element.TryGetProperty(key, out var id)) text.Append(Field(key, id));
        foreach (var property in element.EnumerateObject())
        {
            if (property.Name != "type" && property.Name != key && property.Value.ValueKind != JsonValueKind.Null)
                extensions.Add(key + Extension(property.Name, property.Value, prefixes));
        }
        return text.ToString();
    }

    // An element's own extensions go with the event's, named by the element: each one alone (a quantity element's),
    // or all together in one entry (a read point's), as the reference implementations have it.
    private static string Ordered(
        JsonElement element, string[] order, Dictionary<string, string> prefixes, List<string> extensions, string owner, bool grouped)
    {
        var text = new StringBuilder();
        foreach (var name in order)
        {
            if (element.TryGetProperty(name, out var value)) text.Append(Field(name, value));
        }
        var own = element.EnumerateObject().Where(p => !order.Contains(p.Name) && p.Value.ValueKind != JsonValueKind.Null)
            .Select(p => Extension(p.Name, p.Value, prefixes)).ToList();
        if (grouped && own.Count > 0) extensions.Add(owner + Sorted(own));
        if (!grouped) extensions.AddRange(own.Select(e => owner + e));
        return text.ToString();
    }

    private static string List(string name, IEnumerable<string> items)
    {
        var sorted = Sorted(items);
        return sorted.Length == 0 ? "" : name + sorted;
    }

    private static string Extensions(JsonElement element, Dictionary<string, string> prefixes) =>
        Sorted(element.EnumerateObject().Where(p => p.Value.ValueKind != JsonValueKind.Null && p.Name != "rdfs:comment")
            .Select(p => Extension(p.Name, p.Value, prefixes)));

    // A user extension is named by its full namespace: "example:myField" is "{http://ns.example.com/epcis/}myField".
    private static string Extension(string name, JsonElement value, Dictionary<string, string> prefixes)
    {
        var colon = name.IndexOf(':');
        var full = colon > 0 && prefixes.TryGetValue(name[..colon], out var ns) ? $"{{{ns}}}{name[(colon + 1)..]}" : name;
        return value.ValueKind switch
        {
            JsonValueKind.Object => full + Extensions(value, prefixes),
            JsonValueKind.Array => Sorted(value.EnumerateArray().Where(i => i.ValueKind != JsonValueKind.Null)
                .Select(i => i.ValueKind == JsonValueKind.Object ? full + Extensions(i, prefixes) : Field(full, i))),
            _ => Field(full, value),
        };
    }

    private static string Field(string name, JsonElement value) => Field(name, Value(value));

    private static string Field(string name, string value) => $"{name}={value}";

    private static string Value(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Number)
            return decimal.Parse(value.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture).ToString("0.############################", CultureInfo.InvariantCulture);
        var text = value.ValueKind == JsonValueKind.String ? value.GetString()!.Trim() : value.GetRawText();
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

    private static Dictionary<string, string> Prefixes(params JsonElement?[] contexts)
    {
        var prefixes = new Dictionary<string, string>(s_defaultContext);
        foreach (var context in contexts)
        {
            if (context is not { } value) continue;
            var entries = value.ValueKind switch
            {
                JsonValueKind.Array => value.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object).ToList(),
                JsonValueKind.Object => [value],
                _ => [],
            };
            foreach (var entry in entries)
            foreach (var property in entry.EnumerateObject())
            {
                if (property.Value.ValueKind == JsonValueKind.String) prefixes[property.Name] = property.Value.GetString()!;
            }
        }
        return prefixes;
    }
}
