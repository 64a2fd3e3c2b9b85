using System.Net;
using System.Text.Json.Nodes;
using QualityMap.Grains.Identity;
using QualityMap.Tests.EndToEnd;
using static QualityMap.Tests.EndToEnd.TestEvents;

namespace QualityMap.Tests.Supervision;

/// <summary>
/// Products (brand × Nice class, 方案 §二(二)) scored live: every event that names one adds to one score, whichever
/// producer and county it comes from, with the operators' point table and class boundaries.
/// </summary>
public sealed class ProductCreditTests() : SiloTest(Start, new() { ["Supervision:Scheme"] = "Credit" })
{
    private const string Nanhu = "330402";
    private const string Jianshe = "330402007";
    private const string XiuzhouTown = "330411002";
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task OneProductSampledAtTwoProducersInTwoCountiesAccumulatesOneScore()
    {
        var nanhu = Uscc(8301, Nanhu);
        var xiuzhou = Uscc(8302, "330411");
        await PostAsync(
            Registered(nanhu, Jianshe, Start.AddDays(-20), id: "p1-reg-n"),
            Registered(xiuzhou, XiuzhouTown, Start.AddDays(-20), id: "p1-reg-x"),
            ProductSampling(nanhu, true, Start.AddDays(-10), "p1-smp-n", "正泰", 9),
            ProductSampling(xiuzhou, false, Start.AddDays(-5), "p1-smp-x", "正泰", 9));

        var product = await ProductAsync("正泰", 9, entries: 2);

        Assert.Equal(9m, product["credit"]!["score"]!.GetValue<decimal>());   // 12 + 1 − 4
        Assert.Equal("b", product["credit"]!["class"]!.GetValue<string>());
        Assert.Equal(["p1-smp-n", "p1-smp-x"], product["credit"]!["entries"]!.AsArray().Select(e => e!["eventId"]!.GetValue<string>()));
        Assert.Equal([(nanhu, Nanhu), (xiuzhou, "330411")],
            product["producers"]!.AsArray().Select(p => (p!["uscc"]!.GetValue<string>(), p["countyCode"]!.GetValue<string>())));
        Assert.False(product["publication"]!["showClassOnPublicCodePage"]!.GetValue<bool>());
        Assert.Equal("yellow", product["measures"]!["prompt"]!.GetValue<string>());

        // Each operator keeps its own score; its view lists the product's class, which the other producer moved.
        var view = await Host.GetJsonAsync($"/api/supervision/enterprises/{nanhu}");
        Assert.Equal(13m, view["credit"]!["score"]!.GetValue<decimal>());
        var listed = Assert.Single(view["products"]!.AsArray());
        Assert.Equal(("正泰", 9, 9m, "b"), (listed!["brand"]!.GetValue<string>(), listed["niceClass"]!.GetValue<int>(),
            listed["score"]!.GetValue<decimal>(), listed["class"]!.GetValue<string>()));

        // A county bureau sees the product although one of its producers is in another county.
        var county = Host.ClientWithKey(await Host.KeyForAsync("nanhu-products", Role.CountyBureau, Nanhu));
        Assert.Equal(HttpStatusCode.OK, (await county.GetAsync(ProductPath("正泰", 9))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await county.GetAsync($"/api/supervision/enterprises/{xiuzhou}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Host.Anonymous.GetAsync(ProductPath("正泰", 9))).StatusCode);
    }

    [Fact]
    public async Task AProductReachesEveryClassBoundary()
    {
        var uscc = Uscc(8303, Nanhu);
        await PostAsync(Registered(uscc, Jianshe, Start.AddDays(-60), id: "p2-reg"));
        var at = Start.AddDays(-50);
        var step = 0;
        async Task<JsonObject> Step(string brand, Func<string, DateTimeOffset, object> evt, decimal score, string creditClass)
        {
            step++;
            at = at.AddHours(1);
            await PostAsync(evt($"p2-{step}", at));
            var product = await ProductAsync(brand, 11, entries: CountOf(brand));
            Assert.Equal((score, creditClass), (product["credit"]!["score"]!.GetValue<decimal>(), product["credit"]!["class"]!.GetValue<string>()));
            return product;
        }
        var counts = new Dictionary<string, int>();
        int CountOf(string brand) => counts[brand] = counts.GetValueOrDefault(brand) + 1;

        // 6 is C, 6.5 and 11.5 are B, 12 is A.
        await Step("美的", (id, when) => Reinspection(uscc, false, when, id, "美的", 11), 6m, "c");
        await Step("美的", (id, when) => Reinspection(uscc, true, when, id, "美的", 11), 6.5m, "b");
        for (var i = 0; i < 5; i++) await Step("美的", (id, when) => ProductSampling(uscc, true, when, id, "美的", 11), 7.5m + i, "b");
        await Step("美的", (id, when) => Reinspection(uscc, true, when, id, "美的", 11), 12m, "a");
        // 0 is D, 0.5 is C; a violation while D is flagged 情节严重.
        await Step("格力", (id, when) => Accident(uscc, when, id, "格力", 11), 0m, "d");
        await Step("格力", (id, when) => Reinspection(uscc, true, when, id, "格力", 11), 0.5m, "c");
        await Step("格力", (id, when) => ProductSampling(uscc, false, when, id, "格力", 11), -3.5m, "d");
        var serious = await Step("格力", (id, when) => ProductSampling(uscc, false, when, id, "格力", 11), -7.5m, "d");
        Assert.True(serious["credit"]!["seriousCircumstances"]!.GetValue<bool>());
        Assert.Equal(3, serious["publication"]!["dishonestItems"]!.AsArray().Count);
    }

    [Fact]
    public async Task AnEventWithoutBrandLeavesProductsUntouched()
    {
        var uscc = Uscc(8304, Nanhu);
        await PostAsync(
            Registered(uscc, Jianshe, Start.AddDays(-20), id: "p3-reg"),
            ProductSampling(uscc, true, Start.AddDays(-10), "p3-smp-1", "公牛", 9),
            Sampling(uscc, false, Start.AddDays(-9), id: "p3-smp-2"),
            new { eventId = "p3-pen", kind = "administrative_penalty", uscc, occurredAt = Start.AddDays(-8), decisionNo = "南市监罚〔2026〕9号" });
        await Host.SettleAsync();

        JsonObject view = null!;
        await SiloHost.EventuallyAsync(async () =>
        {
            view = await Host.GetJsonAsync($"/api/supervision/enterprises/{uscc}");
            return view["credit"]!["entries"]!.AsArray().Count == 3;
        });
        Assert.Equal(3m, view["credit"]!["score"]!.GetValue<decimal>());   // 12 + 1 − 4 − 6
        Assert.Equal(13m, Assert.Single(view["products"]!.AsArray())!["score"]!.GetValue<decimal>());
        var product = await ProductAsync("公牛", 9, entries: 1);
        Assert.Equal("p3-smp-1", Assert.Single(product["credit"]!["entries"]!.AsArray())!["eventId"]!.GetValue<string>());

        var never = await Host.Client.GetAsync(ProductPath("公牛", 10));
        Assert.Equal(HttpStatusCode.NotFound, never.StatusCode);
        Assert.Contains("product-not-scored", await never.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("0", "niceClass", "range")]
    [InlineData("46", "niceClass", "range")]
    [InlineData("x", "niceClass", "type")]
    [InlineData("-1", "niceClass", "type")]
    public async Task AProductPathWithABadNiceClassIsRefused(string niceClass, string field, string rule)
    {
        var response = await Host.Client.GetAsync($"/api/supervision/products/{Uri.EscapeDataString("正泰")}/{niceClass}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal((field, rule), (problem["field"]!.GetValue<string>(), problem["rule"]!.GetValue<string>()));
    }

    [Fact]
    public async Task AnEventNamingABrandWithoutNiceClassIsRefusedAndNothingIsJournaled()
    {
        var uscc = Uscc(8305, Nanhu);
        await PostAsync(Registered(uscc, Jianshe, Start.AddDays(-20), id: "p4-reg"));
        var before = await Host.JournalLengthAsync();

        var response = await Host.PostEventsAsync(new
        {
            eventId = "p4-smp", kind = "sampling_result", uscc, occurredAt = Start.AddDays(-1), batchNo = "CC-1", productCode = "0801",
            passed = true, brand = "正泰",
        });

        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"niceClass\"", body);
        Assert.Contains("required-with", body);
        Assert.Equal(before, await Host.JournalLengthAsync());
    }

    private async Task PostAsync(params object[] events)
    {
        (await Host.PostEventsAsync(events)).EnsureSuccessStatusCode();
        await Host.SettleAsync();
    }

    /// <summary>The product once its grain holds <paramref name="entries"/> entries (it is told one-way).</summary>
    private async Task<JsonObject> ProductAsync(string brand, int niceClass, int entries)
    {
        JsonObject? product = null;
        await SiloHost.EventuallyAsync(async () =>
        {
            var response = await Host.Client.GetAsync(ProductPath(brand, niceClass));
            if (!response.IsSuccessStatusCode) return false;
            product = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
            return product["credit"]!["entries"]!.AsArray().Count == entries;
        });
        return product!;
    }

    private static string ProductPath(string brand, int niceClass) => $"/api/supervision/products/{Uri.EscapeDataString(brand)}/{niceClass}";

    private static object ProductSampling(string uscc, bool passed, DateTimeOffset at, string id, string brand, int niceClass) => new
    {
        eventId = id, kind = "sampling_result", uscc, occurredAt = at, batchNo = $"CC-{id}", productCode = "0801", passed, brand, niceClass,
    };

    private static object Reinspection(string uscc, bool passed, DateTimeOffset at, string id, string brand, int niceClass) => new
    {
        eventId = id, kind = "reinspection_result", uscc, occurredAt = at, productCode = "0801", passed, brand, niceClass,
    };

    private static object Accident(string uscc, DateTimeOffset at, string id, string brand, int niceClass) => new
    {
        eventId = id, kind = "quality_accident", uscc, occurredAt = at, description = "电热水器漏电", brand, niceClass,
    };
}
