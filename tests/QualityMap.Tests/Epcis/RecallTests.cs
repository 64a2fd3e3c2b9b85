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
    private const string Lot = "L2026-1107A";
    private const string Dayun = "330421102"; // 大云镇, 嘉善县
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

    private DateTimeOffset At(int minutes) => Clock.GetUtcNow().AddHours(-2).AddMinutes(minutes).ToOffset(TimeSpan.FromHours(8));

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

    private async Task ChainAsync()
    {
        (await Host.PostEventsAsync(TestBatches.Producer(_producer, Jianshe, Clock.GetUtcNow().AddDays(-3)),
            TestBatches.Batch(_producer, Lot, Clock.GetUtcNow().AddDays(-1)))).EnsureSuccessStatusCode();
        await Host.SettleAsync();
        var factory = await Host.SellerAsync(_producer, Jianshe, "嘉兴示例电缆有限公司");
        var wholesaler = await Host.SellerAsync(_wholesaler, Xincheng, "秀洲五金批发部");
        var shop = await Host.SellerAsync(_shop, Dayun, "大云电料店");
        foreach (var (seller, @event) in new[]
        {
            (factory, TestFlow.Event("shipping", _producer, _wholesaler, Lot, 1000, At(0))),
            (wholesaler, TestFlow.Event("receiving", _producer, _wholesaler, Lot, 1000, At(10))),
            (wholesaler, TestFlow.Event("shipping", _wholesaler, _shop, Lot, 300, At(20))),
            (shop, TestFlow.Event("receiving", _wholesaler, _shop, Lot, 300, At(30))),
            (shop, TestFlow.Event("retail_selling", _shop, null, Lot, 20, At(40))),
        })
        {
            Assert.Equal(HttpStatusCode.Accepted, (await seller.CaptureAsync(TestFlow.Document(@event))).StatusCode);
        }
        await Host.SettleAsync();
    }
}
