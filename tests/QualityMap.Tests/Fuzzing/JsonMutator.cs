using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace QualityMap.Tests.Fuzzing;

/// <summary>
/// Mutates a valid JSON body structurally: drops, duplicates, renames and retypes fields, swaps values for nasty ones,
/// nests deeply. Works on a <see cref="JsonNode"/> copy of the seed; what a node cannot hold (a field sent twice, raw
/// JSON text) travels as a sentinel that <see cref="Serialize"/> turns into the real text.
/// </summary>
public sealed partial class JsonMutator(Random random, NastyValues nasty)
{
    // A property named DuplicatePrefix + name is written as a second "name"; a string RawPrefix + index is replaced by _raw[index].
    private const string DuplicatePrefix = "\u0001dup:";
    private const string RawPrefix = "\u0002raw:";

    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly List<string> _raw = [];

    /// <summary>One to three mutations of <paramref name="seed"/>, serialised; <paramref name="description"/> says which.</summary>
    public byte[] Mutate(JsonNode seed, out string description)
    {
        _raw.Clear();
        JsonNode? node = seed.DeepClone();
        var applied = new List<string>();
        var count = random.Next(4) == 0 ? random.Next(2, 4) : 1;
        for (var i = 0; i < count; i++) node = MutateOnce(node, applied);
        description = string.Join("; ", applied);
        return Serialize(node);
    }

    /// <summary>The node as UTF-8 JSON with every sentinel replaced.</summary>
    public byte[] Serialize(JsonNode? node)
    {
        var json = node is null ? "null" : node.ToJsonString(Options);
        json = json.Replace("\"\\u0001dup:", "\"", StringComparison.Ordinal);
        json = RawSentinel().Replace(json, match => _raw[int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)]);
        return Encoding.UTF8.GetBytes(json);
    }

    private JsonNode? MutateOnce(JsonNode? root, List<string> applied)
    {
        var slots = new List<Slot>();
        Collect(root, null, null, -1, "body", slots);
        var slot = slots[random.Next(slots.Count)];
        var name = slot.Name;
        switch (random.Next(10))
        {
            case 0:
                applied.Add($"drop {name}");
                return Remove(root, slot);
            case 1 when slot.Parent is JsonObject parent && slot.Key is not null:
                applied.Add($"duplicate {name}");
                parent[DuplicatePrefix + slot.Key] = random.Next(2) == 0 ? slot.Value?.DeepClone() : ToNode(nasty.ValueFor(name, null));
                return root;
            case 2 when slot.Parent is JsonObject parent && slot.Key is not null:
                var renamed = Rename(slot.Key);
                applied.Add($"rename {name} to {renamed}");
                parent.Remove(slot.Key);
                parent[renamed] = slot.Value;
                return root;
            case 3 when slot.Value is JsonObject target:
                var unknown = nasty.Pick(["extra", "by", "__proto__", "$type", "Id", "", "eventID", "status", "seq"]);
                applied.Add($"add field '{unknown}' to {name}");
                target[unknown] = ToNode(nasty.AnyValue());
                return root;
            case 4:
                applied.Add($"retype {name}");
                return Replace(root, slot, Retyped(slot.Value));
            case 5:
                applied.Add($"wrap {name} in an array");
                return Replace(root, slot, new JsonArray(slot.Value?.DeepClone()));
            case 6 when slot.Value is JsonArray array:
                applied.Add($"repeat items of {name}");
                var items = array.Select(i => i?.DeepClone()).ToList();
                foreach (var item in items) array.Add(item?.DeepClone());
                if (array.Count == 0) array.Add(ToNode(nasty.AnyValue()));
                return root;
            default:
                var value = nasty.ValueFor(name, slot.Value is JsonValue v && v.TryGetValue<string>(out var s) ? s : null);
                applied.Add($"set {name} to {Short(value)}");
                return Replace(root, slot, ToNode(value));
        }
    }

    /// <summary>A value of another JSON type than <paramref name="value"/>'s: number ↔ string ↔ array ↔ object ↔ null.</summary>
    private JsonNode? Retyped(JsonNode? value)
    {
        var kind = value?.GetValueKind() ?? JsonValueKind.Null;
        var text = value is JsonValue ? value.ToJsonString(Options) : "x";
        var options = new List<Func<JsonNode?>>
        {
            () => JsonValue.Create(text.Trim('"')),
            () => ToNode(new NastyValues.Raw(random.Next(2) == 0 ? "42" : "-1.5")),
            () => new JsonArray(value?.DeepClone()),
            () => new JsonObject { ["value"] = value?.DeepClone() },
            () => null,
            () => JsonValue.Create(random.Next(2) == 0),
        };
        while (true)
        {
            var candidate = options[random.Next(options.Count)]();
            if ((candidate?.GetValueKind() ?? JsonValueKind.Null) != kind || kind == JsonValueKind.String) return candidate;
        }
    }

    private string Rename(string key) => random.Next(5) switch
    {
        0 => key.ToUpperInvariant(),
        1 => char.ToUpperInvariant(key[0]) + key[1..],
        2 => key + " ",
        3 => key[..^1],
        _ => key + "\u0000",
    } is { Length: > 0 } renamed && renamed != key ? renamed : key + "_";

    private JsonNode? ToNode(object value)
    {
        if (value is NastyValues.Raw raw)
        {
            _raw.Add(raw.Json);
            return JsonValue.Create(RawPrefix + (_raw.Count - 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        return value is string text ? JsonValue.Create(text) : ((JsonNode?)value)?.DeepClone();
    }

    private static string Short(object value)
    {
        var text = value switch
        {
            NastyValues.Raw raw => raw.Json,
            string plain => JsonValue.Create(plain).ToJsonString(Options),
            _ => ((JsonNode?)value)?.ToJsonString(Options) ?? "null",
        };
        return text.Length > 40 ? text[..40] + $"…({text.Length})" : text;
    }

    private static JsonNode? Replace(JsonNode? root, Slot slot, JsonNode? value)
    {
        switch (slot.Parent)
        {
            case JsonObject parent: parent[slot.Key!] = value; return root;
            case JsonArray parent: parent[slot.Index] = value; return root;
            default: return value;
        }
    }

    private static JsonNode? Remove(JsonNode? root, Slot slot)
    {
        switch (slot.Parent)
        {
            case JsonObject parent: parent.Remove(slot.Key!); return root;
            case JsonArray parent: parent.RemoveAt(slot.Index); return root;
            default: return new JsonObject();
        }
    }

    private static void Collect(JsonNode? node, JsonNode? parent, string? key, int index, string name, List<Slot> slots)
    {
        slots.Add(new Slot(parent, key, index, node, name));
        switch (node)
        {
            case JsonObject obj:
                foreach (var (childKey, child) in obj.ToList()) Collect(child, obj, childKey, -1, childKey, slots);
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++) Collect(array[i], array, null, i, name, slots);
                break;
        }
    }

    private sealed record Slot(JsonNode? Parent, string? Key, int Index, JsonNode? Value, string Name);

    [GeneratedRegex("\"\\\\u0002raw:(\\d+)\"")]
    private static partial Regex RawSentinel();
}
