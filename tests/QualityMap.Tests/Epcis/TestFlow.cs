using System.Net.Http.Json;
using System.Text.Json.Nodes;
using QualityMap.Api.Security;
using QualityMap.Grains.Identity;
using QualityMap.Tests.EndToEnd;
using QualityMap.Tests.Trace;

namespace QualityMap.Tests.Epcis;

/// <summary>EPCIS documents of a batch's flow as a seller's phone or system would capture them.</summary>
public static class TestFlow
{
    public const string Context = "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld";

    public static string Class(string lot, string gtin = TestBatches.Gtin) => $"https://qm.example.gov.cn/01/{gtin}/10/{Uri.EscapeDataString(lot)}";

    public static JsonObject Document(params JsonObject[] events) => new()
    {
        ["@context"] = new JsonArray(Context),
        ["type"] = "EPCISDocument",
        ["schemaVersion"] = "2.0",
        ["creationDate"] = "2026-11-20T10:00:00.000+08:00",
        ["epcisBody"] = new JsonObject { ["eventList"] = new JsonArray([.. events]) },
    };

    /// <summary>An ObjectEvent of a trade step between two parties, moving a quantity of one batch.</summary>
    public static JsonObject Event(string step, string? from, string? to, string lot, decimal quantity, DateTimeOffset at)
    {
        var @event = new JsonObject
        {
            ["type"] = "ObjectEvent",
            ["eventTime"] = at.ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz"),
            ["eventTimeZoneOffset"] = at.ToString("zzz"),
            ["action"] = "OBSERVE",
            ["bizStep"] = step,
            ["quantityList"] = new JsonArray(new JsonObject { ["epcClass"] = Class(lot), ["quantity"] = quantity, ["uom"] = "EA" }),
        };
        if (from is not null) @event["sourceList"] = new JsonArray(new JsonObject { ["type"] = "owning_party", ["source"] = $"urn:uscc:{from}" });
        if (to is not null) @event["destinationList"] = new JsonArray(new JsonObject { ["type"] = "owning_party", ["destination"] = $"urn:uscc:{to}" });
        return @event;
    }

    /// <summary>A seller's account bound to its credit code, in its town, and an API key for it.</summary>
    public static async Task<HttpClient> SellerAsync(this SiloHost host, string uscc, string town, string name)
    {
        var accounts = host.Service<AccountService>();
        var id = $"seller-{uscc}";
        await accounts.CreateAccountAsync(id, name, Role.Seller, town, isAdmin: false, null, "test", uscc, $"{name}门店");
        return host.ClientWithKey((await accounts.CreateApiKeyAsync(id, "test", "test"))!.Value.Key);
    }

    public static Task<HttpResponseMessage> CaptureAsync(this HttpClient client, JsonObject document) =>
        client.PostAsJsonAsync("/epcis/capture", document);
}
