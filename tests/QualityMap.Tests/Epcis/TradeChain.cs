using System.Net;
using System.Text.Json.Nodes;
using QualityMap.Tests.EndToEnd;
using QualityMap.Tests.Trace;
using static QualityMap.Tests.Codes.CodeHost;

namespace QualityMap.Tests.Epcis;

/// <summary>
/// The flow the trace tests start from, each seller capturing its own events: the producer (建设街道, 南湖区) ships
/// 1,000 of a batch to a wholesaler in 新城街道 (秀洲区), which ships 300 on to a shop in 大云镇 (嘉善县), which sells 20.
/// </summary>
public sealed record TradeChain(string Producer, string Wholesaler, string Shop, HttpClient Factory, HttpClient WholesalerClient, HttpClient ShopClient)
{
    public const string Lot = "L2026-1107A";
    public const string Dayun = "330421102"; // 大云镇, 嘉善县

    /// <summary>Minutes into the flow, which began two hours before the clock's now, in China Standard Time.</summary>
    public static DateTimeOffset At(ManualTimeProvider clock, int minutes) =>
        clock.GetUtcNow().AddHours(-2).AddMinutes(minutes).ToOffset(TimeSpan.FromHours(8));

    /// <param name="seed">The producer's credit code seed; the wholesaler's and the shop's are the next two.</param>
    public static async Task<TradeChain> RunAsync(SiloHost host, ManualTimeProvider clock, int seed)
    {
        var (producer, wholesaler, shop) = (TestEvents.Uscc(seed), TestEvents.Uscc(seed + 1, "330411"), TestEvents.Uscc(seed + 2, "330421"));
        (await host.PostEventsAsync(TestBatches.Producer(producer, Jianshe, clock.GetUtcNow().AddDays(-3)),
            TestBatches.Batch(producer, Lot, clock.GetUtcNow().AddDays(-1)))).EnsureSuccessStatusCode();
        await host.SettleAsync();
        var chain = new TradeChain(producer, wholesaler, shop,
            await host.SellerAsync(producer, Jianshe, "嘉兴示例电缆有限公司"),
            await host.SellerAsync(wholesaler, Xincheng, "秀洲五金批发部"),
            await host.SellerAsync(shop, Dayun, "大云电料店"));
        await CapturedAsync(chain.Factory, TestFlow.Event("shipping", producer, wholesaler, Lot, 1000, At(clock, 0)));
        await CapturedAsync(chain.WholesalerClient, TestFlow.Event("receiving", producer, wholesaler, Lot, 1000, At(clock, 10)));
        await CapturedAsync(chain.WholesalerClient, TestFlow.Event("shipping", wholesaler, shop, Lot, 300, At(clock, 20)));
        await CapturedAsync(chain.ShopClient, TestFlow.Event("receiving", wholesaler, shop, Lot, 300, At(clock, 30)));
        await CapturedAsync(chain.ShopClient, TestFlow.Event("retail_selling", shop, null, Lot, 20, At(clock, 40)));
        await host.SettleAsync();
        return chain;
    }

    public static async Task CapturedAsync(HttpClient seller, JsonObject @event)
    {
        var response = await seller.CaptureAsync(TestFlow.Document(@event));
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
    }
}
