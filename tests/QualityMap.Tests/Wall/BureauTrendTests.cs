using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using QualityMap.Api.Security;
using QualityMap.Grains.Identity;
using QualityMap.Tests.EndToEnd;
using Xunit.Abstractions;
using static QualityMap.Tests.EndToEnd.TestEvents;

namespace QualityMap.Tests.Wall;

/// <summary>
/// The bureau page draws its county's trend and each town's, with bands at the level's thresholds, and an enterprise's
/// class history; every chart's series is read back from ECharts and compared with what the events give. 南湖区: 10
/// enterprises in 建设街道 (2 fail a sampling: 20 %) and 5 in 解放街道 (none high-risk), so the county is 2 of 15.
/// </summary>
[Collection(WallCollection.Name)]
public sealed class BureauTrendTests(ITestOutputHelper output) : IDisposable
{
    private const string Nanhu = "330402";
    private const string Jianshe = "330402007";
    private const string Jiefang = "330402008";
    private const string Xiuzhou = "330411";
    private const string Password = "a-long-password";
    private static readonly TimeSpan s_live = TimeSpan.FromSeconds(10);
    private readonly TempDirectory _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task ACountyOfficerSeesTheTrendOfItsCountyAndItsTownsAndAnEnterprisesClassHistory()
    {
        using var server = new WallServer(LoopbackPorts.Free(), _data.FullName, []);
        var accounts = server.Services.GetRequiredService<AccountService>();
        await accounts.CreateAccountAsync("nanhu-officer", "南湖区市场监督管理局", Role.CountyBureau, Nanhu, isAdmin: false, Password, "test");

        var lastMonth = DateTimeOffset.UtcNow.AddDays(-30);
        var jianshe = Enumerable.Range(0, 10).Select(i => Uscc(9500 + i, Nanhu)).ToList();
        var jiefang = Enumerable.Range(0, 5).Select(i => Uscc(9600 + i, Nanhu)).ToList();
        var outside = Uscc(9700, Xiuzhou);
        await server.PostEventsAsync([.. jianshe.Select(u => Registered(u, Jianshe, lastMonth)), .. jiefang.Select(u => Registered(u, Jiefang, lastMonth)),
            Registered(outside, "330411101", lastMonth)]);
        var failedSampling = NewId("smp-bureau");
        await server.PostEventsAsync(Sampling(jianshe[0], passed: false, lastMonth.AddDays(1), id: failedSampling), Sampling(jianshe[1], passed: false, lastMonth.AddDays(1)));
        await SiloHost.EventuallyAsync(async () => (await server.Http.GetFromJsonAsync<JsonObject>($"/api/regions/{Nanhu}/map"))!["region"]!["highRisk"]!.GetValue<int>() == 2);

        await using var browser = await WallBrowser.LaunchAsync();
        var page = await browser.SignInToBureauPageAsync(server.BaseUrl, "nanhu-officer", Password, height: 1400);

        // The county first, then each of its towns: the scope and its towns are the choices, nothing outside it.
        var choices = await page.Locator("#trend-region option").EvaluateAllAsync<string[]>("options => options.map(o => o.value)");
        Assert.Equal(Nanhu, choices[0]);
        Assert.Contains(Jianshe, choices);
        Assert.DoesNotContain(Xiuzhou, choices);
        await AssertTrendAsync(page, server, Nanhu, "24h", 13.3m);   // 2 of 15
        await page.SelectOptionAsync("#trend-region", Jianshe);
        await AssertTrendAsync(page, server, Jianshe, "24h", 20m);
        await page.SelectOptionAsync("#trend-region", Jiefang);
        await AssertTrendAsync(page, server, Jiefang, "24h", 0m);
        await page.SelectOptionAsync("#trend-region", Nanhu);
        await page.SelectOptionAsync("#trend-span", "90d");
        await AssertTrendAsync(page, server, Nanhu, "90d", 13.3m);

        // An enterprise of the county: low-risk from its registration, high-risk from its failed sampling, held until now.
        await page.FillAsync("#enterprise-form [name=uscc]", jianshe[0]);
        await page.ClickAsync("#enterprise-form button[type=submit]");
        await Assertions.Expect(page.Locator("#enterprise-class")).ToHaveTextAsync("高风险企业");
        // Why: the rule, the failed sampling with the day it occurred (China Standard Time), and until when it counts.
        var sampledOn = lastMonth.AddDays(1).ToOffset(TimeSpan.FromHours(8)).ToString("yyyy年M月d日", CultureInfo.InvariantCulture);
        await Assertions.Expect(page.Locator("#enterprise-reasons li")).ToHaveTextAsync(new Regex(
            $"^监督抽查不合格（依据事件：{sampledOn} {failedSampling}，\\d{{4}}年\\d{{1,2}}月\\d{{1,2}}日前有效）$"));
        var drawn = await DrawnSeries.WaitAsync(page, "#class-history", s => s.Count > 0, s_live);
        var history = (await server.Http.GetFromJsonAsync<JsonObject>($"/api/enterprises/{jianshe[0]}"))!["history"]!.AsArray();
        Assert.Equal(["low", "high"], history.Select(h => h!["class"]!.GetValue<string>()));
        Assert.Equal(
            [.. history.Select(h => (h!["at"]!.GetValue<DateTimeOffset>().ToUnixTimeMilliseconds(), h["class"]!.GetValue<string>() == "high" ? 1m : 0m)), (drawn[^1].At, 1m)],
            drawn.Select(p => (p.At, p.Value!.Value)));
        await WallArtifacts.ScreenshotAsync(page, "bureau-trend", output);

        // An enterprise of another county is refused in Chinese, and nothing is drawn for it.
        await page.FillAsync("#enterprise-form [name=uscc]", outside);
        await page.ClickAsync("#enterprise-form button[type=submit]");
        await Assertions.Expect(page.Locator("#enterprise-problem")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#enterprise")).ToBeHiddenAsync();
        browser.AssertNoCspViolations();
    }

    private static async Task AssertTrendAsync(IPage page, WallServer server, string code, string span, decimal share)
    {
        await Assertions.Expect(page.Locator("#region-trend")).ToHaveAttributeAsync("data-code", code);
        await Assertions.Expect(page.Locator("#region-trend")).ToHaveAttributeAsync("data-span", span);
        var drawn = await DrawnSeries.WaitAsync(page, "#region-trend", s => s.Count > 0, s_live);
        var expected = DrawnSeries.SharesOf((await server.Http.GetFromJsonAsync<JsonObject>($"/api/regions/{code}/trend?span={span}"))!);
        // The first point is the span's start and the last "now" when the page asked: compared by value, the rest exactly.
        Assert.Equal(expected.Select(p => p.Value), drawn.Select(p => p.Value));
        Assert.Equal(expected.Skip(1).SkipLast(1), drawn.Skip(1).SkipLast(1));
        Assert.Null(drawn[0].Value);
        Assert.Equal(share, drawn[^1].Value);
        // The bands sit at the county's and towns' thresholds (defaults 5, 10, 20 %), up to the axis' top (1.5 × red).
        Assert.Equal("[[[0,5],[5,10],[10,20],[20,30]]]", await page.GetAttributeAsync("#region-trend", "data-bands"));
    }
}
