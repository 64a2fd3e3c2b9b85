using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using QualityMap.Api.Live;
using QualityMap.Grains.Identity;
using QualityMap.Grains.Map;
using QualityMap.Grains.Trace;
using QualityMap.Tests.Codes;
using QualityMap.Tests.EndToEnd;
using QualityMap.Tests.Trace;
using static QualityMap.Tests.Codes.CodeHost;

namespace QualityMap.Tests.Epcis;

/// <summary>
/// A recall declared by the city, or a failed sampling of the lot, lights up every place that holds the batch: each
/// county bureau gets one alert naming its holders, the scan page shows the banner, the wall's ticker names the towns.
/// </summary>
public sealed class RecallTests() : SiloTest(settings: TestSignature.Settings("k1", ("k1", TestSignature.FirstSecret)))
{
    private const string Lot = TradeChain.Lot;
    private const string Dayun = TradeChain.Dayun;
    private readonly string _producer = TestEvents.Uscc(31);
    private readonly string _wholesaler = TestEvents.Uscc(32, "330411");
    private readonly string _shop = TestEvents.Uscc(33, "330421");

    [Fact]
    public async Task ARecallAlertsEveryCountyThatHoldsTheBatchAndTheScanPageShowsItWithinASecond()
    {
        await ChainAsync();

        var clock = Stopwatch.StartNew();
        var response = await Host.Client.PostAsJsonAsync($"/api/batches/{TestBatches.Gtin}/recall?lot={Lot}",
            new { documentNo = "嘉市监召〔2026〕3号", reason = "绝缘层厚度不合格" });
        var page = "";
        await SiloHost.EventuallyAsync(async () => (page = (await Host.OpenAsync($"/01/{TestBatches.Gtin}/10/{Lot}")).Html).Contains("<strong>召回</strong>"));
        var elapsed = clock.Elapsed;

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Contains("嘉市监召〔2026〕3号", page);
        Assert.True(elapsed < TimeSpan.FromSeconds(1), $"the banner showed after {elapsed.TotalMilliseconds:F0} ms");

        var xiuzhou = await AlertEventuallyAsync("330411", "batch_recalled");
        var jiashan = await AlertEventuallyAsync("330421", "batch_recalled");
        var nanhu = await AlertEventuallyAsync("330402", "batch_recalled");
        Assert.Contains("秀洲五金批发部（新城街道，现有700）", xiuzhou["detail"]!.GetValue<string>());
        Assert.Contains("大云电料店（大云镇，现有280）", jiashan["detail"]!.GetValue<string>());
        Assert.Contains("现有4000", nanhu["detail"]!.GetValue<string>());
        Assert.Contains("嘉市监召〔2026〕3号", jiashan["detail"]!.GetValue<string>());
        Assert.Equal("【召回】BV 2.5mm² 铜芯聚氯乙烯绝缘电线 批号L2026-1107A", jiashan["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task AFailedSamplingOfTheLotAlertsTheHoldersCountiesOnce()
    {
        await ChainAsync();

        (await Host.PostEventsAsync(TestBatches.FailedSampling(_producer, Lot, Clock.GetUtcNow().AddMinutes(-5)))).EnsureSuccessStatusCode();
        (await Host.PostEventsAsync(TestBatches.FailedSampling(_producer, Lot, Clock.GetUtcNow().AddMinutes(-4)))).EnsureSuccessStatusCode();
        await Host.SettleAsync();

        var alert = await AlertEventuallyAsync("330421", "batch_failed");
        Assert.Contains("大云电料店", alert["detail"]!.GetValue<string>());
        Assert.Single(await Host.GetJsonArrayAsync("/api/alerts/330421"), a => a!["kind"]!.GetValue<string>() == "batch_failed");
    }

    [Fact]
    public async Task OnlyTheCityRecallsWithADocumentNumberAndOnce()
    {
        await ChainAsync();
        var county = Host.ClientWithKey(await Host.KeyForAsync("jiashan", Role.CountyBureau, "330421"));

        var byCounty = await county.PostAsJsonAsync($"/api/batches/{TestBatches.Gtin}/recall?lot={Lot}", new { documentNo = "X" });
        var noDocument = await Host.Client.PostAsJsonAsync($"/api/batches/{TestBatches.Gtin}/recall?lot={Lot}", new { reason = "?" });
        var first = await Host.Client.PostAsJsonAsync($"/api/batches/{TestBatches.Gtin}/recall?lot={Lot}", new { documentNo = "A-1" });
        var second = await Host.Client.PostAsJsonAsync($"/api/batches/{TestBatches.Gtin}/recall?lot={Lot}", new { documentNo = "A-2" });

        Assert.Equal(HttpStatusCode.Forbidden, byCounty.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noDocument.StatusCode);
        Assert.Equal("documentNo", (await noDocument.Content.ReadFromJsonAsync<JsonObject>())!["field"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        await Host.SettleAsync();
        var batch = await Host.GetJsonAsync($"/api/batches/{TestBatches.Gtin}?lot={Lot}");
        Assert.Equal("A-1", batch["batch"]!["recall"]!["documentNo"]!.GetValue<string>());
    }

    [Fact]
    public void TheWallsTickerCarriesTheFlaggedBatchWithItsTowns()
    {
        var flagged = new BatchFlagged("330400", TestBatches.Gtin, Lot, "电线", BatchStatus.Recalled, ["330411002", Dayun], DateTimeOffset.UnixEpoch);

        var item = Assert.IsType<BatchTickerItem>(TickerItem.Of(new MapFeedItem(7, DateTimeOffset.UnixEpoch, flagged)));

        Assert.Equal(("330400", BatchStatus.Recalled, 2), (item.RegionCode, item.Flag, item.TownCodes.Count));
    }

    private async Task<JsonObject> AlertEventuallyAsync(string county, string kind)
    {
        JsonObject? found = null;
        await SiloHost.EventuallyAsync(async () =>
        {
            found = (await Host.GetJsonArrayAsync($"/api/alerts/{county}")).Select(a => a!.AsObject())
                .FirstOrDefault(a => a["kind"]!.GetValue<string>() == kind);
            return found is not null;
        });
        return found!;
    }

    private Task ChainAsync() => TradeChain.RunAsync(Host, Clock, seed: 31);
}
