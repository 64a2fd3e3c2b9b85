using System.Text.Json.Nodes;

namespace QualityMap.Tests.Upgrade;

/// <summary>
/// What an upgrade must not lose, read over HTTP as the city bureau's administrator: the map, the enterprises' classes,
/// the warnings with their steps, the alerts, the accounts and API keys, the code-signing key ring, the journal head
/// and the audit trail. The fixture writer stores it as the previous version answered; the upgrade test reads it
/// again from the new version. Only named fields are kept, so that a field the new version adds changes nothing.
/// </summary>
public static class UpgradeSnapshot
{
    public const string City = "330400";

    public static async Task<JsonObject> TakeAsync(HttpClient city, IEnumerable<string> regions, IEnumerable<string> usccs) => new()
    {
        ["map"] = await MapAsync(city, regions),
        ["enterprises"] = await EnterprisesAsync(city, usccs),
        ["warnings"] = Each(await GetAsync(city, $"/api/regions/{City}/warnings"), Warning),
        ["alerts"] = await AlertsAsync(city, regions),
        // Sorted by id: these lists promise no order, and another store may hand them out in another.
        ["accounts"] = ById(await GetAsync(city, "/api/admin/accounts"), "id", a => Pick(a, "id", "displayName", "role", "regionCode", "isAdmin", "canSignIn", "createdAt", "createdBy")),
        ["apiKeys"] = ById(await GetAsync(city, "/api/admin/api-keys"), "keyId", k => Pick(k, "keyId", "accountId", "label", "createdAt", "createdBy", "revokedAt", "revokedBy")),
        ["codeSigningKeys"] = ById(await GetAsync(city, "/api/admin/code-signing-keys"), "id", k => Pick(k, "id", "source", "active", "createdAt", "createdBy", "retiredAt")),
        // The whole chain verified now: its head (seq and hash); the anchor endpoint would answer a cached older head.
        ["journal"] = Pick(await GetAsync(city, "/api/journal/verify"), "through", "intact", "lastHash"),
        ["audit"] = await AuditAsync(city),
    };

    /// <summary>Each region's own summary and its children's (the city's counties, a county's towns).</summary>
    private static async Task<JsonObject> MapAsync(HttpClient city, IEnumerable<string> regions)
    {
        var map = new JsonObject();
        foreach (var code in regions)
        {
            var view = await GetAsync(city, $"/api/regions/{code}/map");
            map[code] = new JsonObject { ["region"] = Region(view["region"]!), ["children"] = Each(view["children"]!, Region) };
        }
        return map;
    }

    private static JsonObject Region(JsonNode region)
    {
        var picked = Pick(region, "code", "name", "level", "colour", "highRisk", "monitored", "sharePercent", "reason");
        picked["openWarning"] = region["openWarning"] is { } warning ? Pick(warning, "id", "level", "status", "stage") : null;
        return picked;
    }

    private static async Task<JsonObject> EnterprisesAsync(HttpClient city, IEnumerable<string> usccs)
    {
        var enterprises = new JsonObject();
        foreach (var uscc in usccs)
        {
            var e = await GetAsync(city, $"/api/enterprises/{uscc}");
            var picked = Pick(e, "uscc", "name", "townCode", "closed", "licenceNo", "class", "reviewAt");
            picked["reasons"] = Each(e["reasons"]!, Reason);
            picked["history"] = Each(e["history"]!, h =>
            {
                var change = Pick(h, "at", "class", "trigger");
                change["reasons"] = Each(h["reasons"]!, Reason);
                return change;
            });
            enterprises[uscc] = picked;
        }
        return enterprises;
    }

    private static JsonObject Reason(JsonNode reason) => Pick(reason, "rule", "evidenceEventIds", "until");

    private static JsonObject Warning(JsonNode w)
    {
        var picked = Pick(w, "id", "countyCode", "level", "status", "stage", "raisedAt", "liftDocumentNo");
        picked["history"] = Each(w["history"]!, h => Pick(h, "at", "action", "actor", "detail", "stage", "seq"));
        picked["deadline"] = w["deadline"] is { } deadline ? Pick(deadline, "stage", "step", "dueAt") : null;
        return picked;
    }

    private static async Task<JsonObject> AlertsAsync(HttpClient city, IEnumerable<string> regions)
    {
        var alerts = new JsonObject();
        foreach (var code in regions)
        {
            alerts[code] = Each(await GetAsync(city, $"/api/alerts/{code}"),
                a => Pick(a, "seq", "id", "key", "regionCode", "kind", "title", "detail", "raisedAt", "revision", "acknowledgedBy", "acknowledgedAt", "resentAt", "escalatedAt"));
        }
        return alerts;
    }

    /// <summary>Every audit record, page after page (the API hands out at most 1000 at a time).</summary>
    private static async Task<JsonArray> AuditAsync(HttpClient city)
    {
        var records = new JsonArray();
        long after = 0;
        while (true)
        {
            var page = await GetAsync(city, $"/api/admin/audit?after={after}&limit=1000");
            foreach (var record in page["records"]!.AsArray()) records.Add(Pick(record!, "seq", "at", "action", "actor", "subject", "outcome", "detail"));
            if (page["nextAfter"] is not { } next) return records;
            after = next.GetValue<long>();
        }
    }

    /// <summary>
    /// A copy with every timestamp as UTC: the same instant may come back with another offset (2026-12-20T16:00+08:00
    /// is 08:00Z) once another store or serialiser kept it, and that loses nothing.
    /// </summary>
    public static JsonNode? Canonical(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o.Select(p => KeyValuePair.Create(p.Key, Canonical(p.Value)))),
        JsonArray a => new JsonArray([.. a.Select(Canonical)]),
        JsonValue v when v.TryGetValue<string>(out var text) && text.Length >= 20 && text[10] == 'T' && char.IsAsciiDigit(text[0])
            && DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var at)
            => JsonValue.Create(at.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture)),
        _ => node?.DeepClone(),
    };

    public static async Task<JsonNode> GetAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new HttpRequestException($"GET {path}: {(int)response.StatusCode} {text}");
        return JsonNode.Parse(text)!;
    }

    private static JsonArray Each(JsonNode array, Func<JsonNode, JsonNode> pick) => [.. array.AsArray().Select(item => pick(item!))];

    private static JsonArray ById(JsonNode array, string id, Func<JsonNode, JsonNode> pick) =>
        [.. array.AsArray().OrderBy(item => item![id]!.GetValue<string>(), StringComparer.Ordinal).Select(item => pick(item!))];

    /// <summary>The named fields of an object (a missing one as null, so that its loss shows in the comparison).</summary>
    private static JsonObject Pick(JsonNode node, params string[] fields)
    {
        var picked = new JsonObject();
        foreach (var field in fields) picked[field] = node[field]?.DeepClone();
        return picked;
    }
}
