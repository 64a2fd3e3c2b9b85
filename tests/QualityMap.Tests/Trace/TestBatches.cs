using System.Text.Json.Nodes;
using QualityMap.Tests.EndToEnd;

namespace QualityMap.Tests.Trace;

/// <summary>Trace payloads as a producer's system would send them.</summary>
public static class TestBatches
{
    public const string Gtin = "06901234567892";
    public const string Address = "浙江省嘉兴市南湖区建设街道中山东路1号";

    /// <summary>A producer with an address, registered in <paramref name="town"/>.</summary>
    public static JsonObject Producer(string uscc, string town, DateTimeOffset at)
    {
        var registered = JsonSerializerNode(TestEvents.Registered(uscc, town, at));
        registered["address"] = Address;
        return registered;
    }

    /// <summary>Registers <paramref name="batch"/>'s producer in 建设街道 and then the batch, and waits until both are applied.</summary>
    public static async Task RegisterAsync(SiloHost host, string producer, JsonObject batch)
    {
        var response = await host.PostEventsAsync(Producer(producer, Codes.CodeHost.Jianshe, host.Clock.GetUtcNow().AddDays(-3)), batch);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        await host.SettleAsync();
    }

    public static JsonObject Batch(string uscc, string lot, DateTimeOffset at, string gtin = Gtin) => new()
    {
        ["eventId"] = TestEvents.NewId("batch"),
        ["kind"] = "batch_registered",
        ["uscc"] = uscc,
        ["occurredAt"] = at.ToString("O"),
        ["gtin"] = gtin,
        ["lot"] = lot,
        ["productionDate"] = DateOnly.FromDateTime(at.UtcDateTime).AddDays(-2).ToString("yyyy-MM-dd"),
        ["quantity"] = 5000,
        ["productCode"] = "0801",
        ["productName"] = "BV 2.5mm² 铜芯聚氯乙烯绝缘电线",
        ["certificate"] = new JsonObject
        {
            ["number"] = "JC-2026-0815",
            ["issuer"] = "嘉兴市质量检验检测研究院",
            ["issuedOn"] = DateOnly.FromDateTime(at.UtcDateTime).AddDays(-1).ToString("yyyy-MM-dd"),
        },
    };

    public static JsonObject FailedSampling(string uscc, string lot, DateTimeOffset at)
    {
        var sampling = JsonSerializerNode(TestEvents.Sampling(uscc, passed: false, at));
        sampling["batchNo"] = lot;
        return sampling;
    }

    private static JsonObject JsonSerializerNode(object payload) =>
        System.Text.Json.JsonSerializer.SerializeToNode(payload)!.AsObject();
}
