using System.Net;
using QualityMap.Silo.Demo;
using QualityMap.Tests.EndToEnd;

namespace QualityMap.Tests.Demo;

/// <summary>The demo's batches scan to a live page at once and have flowed through sellers of several counties.</summary>
public sealed class DemoTraceTests() : SiloTest(settings: new()
{
    ["Demo:Enabled"] = "true",
    ["Demo:Enterprises"] = "300",
    ["Demo:EventsPerSecond"] = "0",
})
{
    /// <summary>The demo's first batch: GTIN 0690 + the seed 20201 + batch 0000, and its check digit; lot dated 10 days back.</summary>
    public static string FirstBatchPath => "/api/batches/06902020100002/holders?lot=" + Uri.EscapeDataString(FirstLot);

    private static string FirstLot => $"L{new ManualTimeProvider().GetUtcNow().AddDays(-10):yyMMdd}000";

    [Fact]
    public async Task TheFirstDemoBatchScansToItsPageAndIsHeldInSeveralCounties()
    {
        // The batch is registered first, then its flow is captured.
        await SiloHost.EventuallyAsync(async () => (await Host.Client.GetAsync(FirstBatchPath)) is { IsSuccessStatusCode: true } answer
            && System.Text.Json.Nodes.JsonNode.Parse(await answer.Content.ReadAsStringAsync())!["holders"]!.AsArray().Count >= 3);
        await Host.SettleAsync();

        var (status, html) = await Codes.CodeHost.OpenAsync(Host, $"/01/06902020100002/10/{FirstLot}");
        var holders = (await Host.GetJsonAsync(FirstBatchPath))["holders"]!.AsArray();

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("已登记", html);
        Assert.Contains("号", html); // the producer's address
        Assert.True(holders.Count >= 3, $"{holders.Count} holders");
        Assert.True(holders.Skip(1).All(h => h!["onHand"]!.GetValue<decimal>() > 0));
        Assert.True(holders.Select(h => h!["party"]!["countyCode"]?.GetValue<string>()).Distinct().Count() >= 2);
    }
}
