using System.Net.Http.Json;
using System.Text.Json;
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
/// The bureau page (/bureau/) in Debian's Chromium against the real silo: a county officer signs in, sees only its
/// own county's open warning, its timeline and exactly the steps its role may take, files a plan through the page,
/// gets a live alert without a reload and acknowledges it; the city officer sees and takes the city's steps. A town
/// that hovers at red stays one alert row, updated in place. Its screenshot is the README's: set
/// QUALITYMAP_WALL_SCREENSHOT to a directory (e.g. docs) to write docs/bureau.png there as well.
/// </summary>
[Collection(WallCollection.Name)]
public sealed partial class BureauPageTests(ITestOutputHelper output) : IDisposable
{
    private const string Nanhu = "330402";
    private const string Jianshe = "330402007";      // 建设街道, 南湖区
    private const string Xiuzhou = "330411";
    private const string Wangjiangjing = "330411101"; // 王江泾镇, 秀洲区
    private const string NanhuWarning = "330402-0001";
    private const string Password = "a-long-password";
    private readonly TempDirectory _data = new();

    private static DateTimeOffset Yesterday => DateTimeOffset.UtcNow.AddDays(-1);

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task ACountyOfficerSeesOnlyItsCountyFilesAPlanAndAcknowledgesALiveAlertAndTheCityTakesTheCitySteps()
    {
        using var server = new WallServer(LoopbackPorts.Free(), _data.FullName, []);
        var accounts = server.Services.GetRequiredService<AccountService>();
        await accounts.CreateAccountAsync("nanhu-officer", "南湖区市场监督管理局", Role.CountyBureau, Nanhu, isAdmin: false, Password, "test");
        await accounts.CreateAccountAsync("city-officer", "嘉兴市市场监督管理局", Role.CityBureau, TestCredentials.City, isAdmin: false, Password, "test");
        var nanhuApi = new HttpClient { BaseAddress = new Uri(server.BaseUrl) };
        nanhuApi.DefaultRequestHeaders.Add("X-Api-Key", (await accounts.CreateApiKeyAsync("nanhu-officer", "test", "test"))!.Value.Key);

        // 1 of 10 in 建设街道 high-risk: 南湖区 orange; 1 of 4 in 王江泾镇: 秀洲区 red. Both get a warning.
        var nanhu = Enumerable.Range(0, 10).Select(i => Uscc(9300 + i, Nanhu)).ToList();
        var xiuzhou = Enumerable.Range(0, 4).Select(i => Uscc(9400 + i, Xiuzhou)).ToList();
        await server.PostEventsAsync([.. nanhu.Select(u => Registered(u, Jianshe, Yesterday.AddDays(-30))), .. xiuzhou.Select(u => Registered(u, Wangjiangjing, Yesterday.AddDays(-30)))]);
        await server.PostEventsAsync(Sampling(nanhu[0], passed: false, Yesterday), Sampling(xiuzhou[0], passed: false, Yesterday));
        await SiloHost.EventuallyAsync(async () => (await server.Http.GetFromJsonAsync<JsonArray>($"/api/regions/{TestCredentials.City}/warnings"))!.Count == 2);

        await using var browser = await WallBrowser.LaunchAsync();
        var county = await browser.SignInToBureauPageAsync(server.BaseUrl, "nanhu-officer", Password);
        await Assertions.Expect(county.Locator("#who-scope")).ToContainTextAsync("南湖区（330402）");
        await Assertions.Expect(county.Locator("#who-role")).ToHaveTextAsync("区县局");
        var rows = county.Locator("#warnings tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await Assertions.Expect(rows.First).ToHaveAttributeAsync("data-id", NanhuWarning);
        await Assertions.Expect(rows.First).ToContainTextAsync("橙色");
        await Assertions.Expect(rows.First).ToContainTextAsync("待提交整治方案");
        await Assertions.Expect(rows.First).ToContainTextAsync("提交整治方案 ");   // the deadline column names the step owed

        await rows.First.ClickAsync();
        await Assertions.Expect(county.Locator("#timeline li[data-action=raised]")).ToHaveCountAsync(1);
        await Assertions.Expect(county.Locator("#detail-deadline")).ToContainTextAsync("办理期限：提交整治方案");
        await ActionsAsync(county, "plan");

        // A refusal reads in Chinese with its rule; then the plan is filed through the page.
        await county.ClickAsync("#actions button[data-step=plan]");
        await county.FillAsync("#step-form [name=documentNo]", "南市监〔2026〕1号");
        await county.ClickAsync("#step-form button[type=submit]");
        await Assertions.Expect(county.Locator("#problem")).ToContainTextAsync("未能办理：必填项未填写（字段：summary）");
        await Assertions.Expect(county.Locator("#problem")).ToContainTextAsync("text-required");
        await county.FillAsync("#step-form [name=summary]", "对建设街道10家生产企业逐一排查整改");
        await county.ClickAsync("#step-form button[type=submit]");
        await Assertions.Expect(county.Locator("#detail-stage")).ToHaveTextAsync("整治方案审核中");
        await Assertions.Expect(county.Locator("#problem")).ToBeHiddenAsync();
        await Assertions.Expect(county.Locator("#timeline li[data-action=plan_filed]")).ToContainTextAsync("南市监〔2026〕1号");
        var warning = (await server.Http.GetFromJsonAsync<JsonObject>($"/api/warnings/{NanhuWarning}"))!;
        var filed = warning["history"]!.AsArray()[^1]!;
        Assert.Equal(("plan_filed", "nanhu-officer"), (filed["action"]!.GetValue<string>(), filed["actor"]!.GetValue<string>()));
        Assert.Equal("plan_under_review", warning["stage"]!.GetValue<string>());
        await ActionsAsync(county, "investigations", "guidance", "revocations");

        // A second failed sampling turns 南湖区 red: the escalation arrives over the hub, with no reload.
        await county.EvaluateAsync("() => { window.notReloaded = true; }");
        await Assertions.Expect(county.Locator("body")).ToHaveAttributeAsync("data-connection", "connected");
        await server.PostEventsAsync(Sampling(nanhu[1], passed: false, Yesterday));
        var escalated = county.Locator("#alerts li[data-kind=warning_escalated]");
        await Assertions.Expect(escalated).ToHaveCountAsync(1, new() { Timeout = 10_000 });
        await Assertions.Expect(rows.First).ToContainTextAsync("红色");
        Assert.True(await county.EvaluateAsync<bool>("() => window.notReloaded === true"));
        WallArtifacts.CopyForReadme(await WallArtifacts.ScreenshotAsync(county, "bureau-county", output), "bureau.png", output);
        await escalated.Locator("button.ack").ClickAsync();
        await Assertions.Expect(escalated).ToHaveClassAsync(Acknowledged());
        await Assertions.Expect(escalated).ToContainTextAsync("nanhu-officer 已确认");
        var alerts = (await server.Http.GetFromJsonAsync<JsonArray>($"/api/alerts/{Nanhu}"))!;
        Assert.Equal("nanhu-officer", alerts.Single(a => a!["kind"]!.GetValue<string>() == "warning_escalated")!["acknowledgedBy"]!.GetValue<string>());

        // The city officer sees every county's open warning and reviews the plan through its own page.
        var city = await browser.SignInToBureauPageAsync(server.BaseUrl, "city-officer", Password);
        await Assertions.Expect(city.Locator("#warnings tbody tr")).ToHaveCountAsync(2);
        await city.ClickAsync($"#warnings tbody tr[data-id='{NanhuWarning}']");
        await ActionsAsync(city, "plan-review", "bulletin");
        await Assertions.Expect(city.Locator("#alerts li[data-kind=plan_filed]")).ToHaveCountAsync(1);
        await city.ClickAsync("#actions button[data-step=plan-review]");
        await city.FillAsync("#step-form [name=comment]", "同意");
        await city.ClickAsync("#step-form button[type=submit]");
        await Assertions.Expect(city.Locator("#detail-stage")).ToHaveTextAsync("整改中");
        await ActionsAsync(city, "bulletin");

        (await nanhuApi.PostAsJsonAsync($"/api/warnings/{NanhuWarning}/investigations", new { enterprisesInvestigated = 10, summary = "排查10家" })).EnsureSuccessStatusCode();
        (await nanhuApi.PostAsJsonAsync($"/api/warnings/{NanhuWarning}/acceptance-application", new { summary = "整改完成" })).EnsureSuccessStatusCode();

        // Acceptance: the city may sample, the county may do nothing now.
        await county.ClickAsync($"#warnings tbody tr[data-id='{NanhuWarning}']");
        await Assertions.Expect(county.Locator("#detail-stage")).ToHaveTextAsync("已申请验收");
        await ActionsAsync(county);
        await Assertions.Expect(county.Locator("#no-actions")).ToBeVisibleAsync();
        await city.ClickAsync($"#warnings tbody tr[data-id='{NanhuWarning}']");
        await ActionsAsync(city, "acceptance-sampling", "bulletin");

        // Per enterprise: 2 of 20 batches failed = 10 %, which passes (§4.2.3.1); then the city lifts it.
        await city.ClickAsync("#actions button[data-step=acceptance-sampling]");
        await city.ClickAsync("#step-form button:text('添加企业')");
        var samples = city.Locator("#step-form .sample");
        for (var i = 0; i < 2; i++)
        {
            await samples.Nth(i).Locator("[name=uscc]").FillAsync(nanhu[i]);
            await samples.Nth(i).Locator("[name=batchesSampled]").FillAsync("10");
            await samples.Nth(i).Locator("[name=batchesFailed]").FillAsync("1");
        }
        await city.ClickAsync("#step-form button[type=submit]");
        await Assertions.Expect(city.Locator("#detail-stage")).ToHaveTextAsync("验收通过");
        await ActionsAsync(city, "lift", "bulletin");
        await county.ClickAsync($"#warnings tbody tr[data-id='{NanhuWarning}']");
        await ActionsAsync(county);

        await city.ClickAsync("#actions button[data-step=lift]");
        await city.FillAsync("#step-form [name=documentNo]", "嘉市监〔2026〕9号");
        await city.ClickAsync("#step-form button[type=submit]");
        await Assertions.Expect(city.Locator("#warnings tbody tr")).ToHaveCountAsync(1);            // lifted: no longer open
        await Assertions.Expect(city.Locator($"#warnings tbody tr[data-id='{NanhuWarning}']")).ToHaveCountAsync(0);

        // Signing out ends the session: the page asks for a sign-in again.
        await county.ClickAsync("#signout");
        await Assertions.Expect(county.Locator("#signin")).ToBeVisibleAsync();
        await county.ReloadAsync();
        await Assertions.Expect(county.Locator("#signin")).ToBeVisibleAsync();
        browser.AssertNoCspViolations();   // the bundle, SignalR and every form work under the service's policy
    }

    [Fact]
    public async Task ATownHoveringAtRedIsOneAlertRowUpdatedInPlaceThatCountsItsReturnsAndSaysItFlaps()
    {
        using var server = new WallServer(LoopbackPorts.Free(), _data.FullName, new() { ["Alerts:FlapReturns"] = "1" });
        await server.Services.GetRequiredService<AccountService>()
            .CreateAccountAsync("nanhu-officer", "南湖区市场监督管理局", Role.CountyBureau, Nanhu, isAdmin: false, Password, "test");
        var usccs = Enumerable.Range(0, 11).Select(i => Uscc(9500 + i, Nanhu)).ToList();
        object Register(string uscc) => Registered(uscc, Jianshe, Yesterday.AddDays(-30));

        // 1 of 5 in 建设街道 high-risk: 20 %, red.
        await server.PostEventsAsync([.. usccs.Take(5).Select(Register)]);
        await server.PostEventsAsync(Sampling(usccs[0], passed: false, Yesterday));
        await using var browser = await WallBrowser.LaunchAsync();
        var county = await browser.SignInToBureauPageAsync(server.BaseUrl, "nanhu-officer", Password);
        var red = county.Locator($"#alerts li[data-key='town:{Jianshe}:red']");
        await Assertions.Expect(red).ToHaveCountAsync(1, new() { Timeout = 10_000 });
        await Assertions.Expect(red.Locator(".badge")).ToHaveCountAsync(0);
        var id = await red.GetAttributeAsync("data-alert-id");

        // A sixth enterprise: 1 of 6, orange, so red is away; a second failure: 2 of 6, red again, the same row.
        await server.PostEventsAsync(Register(usccs[5]));
        await Assertions.Expect(red).ToContainTextAsync("起已消除");
        await server.PostEventsAsync(Sampling(usccs[1], passed: false, Yesterday));
        await Assertions.Expect(red.Locator(".badge.occurrences")).ToHaveTextAsync("第2次");
        await Assertions.Expect(red.Locator(".badge.flapping")).ToHaveCountAsync(0);
        await Assertions.Expect(red).Not.ToContainTextAsync("起已消除");

        // Five more: 2 of 11, orange; a third failure: 3 of 11, red a third time: more than one return, 频繁变化.
        await server.PostEventsAsync([.. usccs.Skip(6).Select(Register)]);
        await Assertions.Expect(red).ToContainTextAsync("起已消除");
        await server.PostEventsAsync(Sampling(usccs[2], passed: false, Yesterday));
        await Assertions.Expect(red.Locator(".badge.occurrences")).ToHaveTextAsync("第3次");
        await Assertions.Expect(red.Locator(".badge.flapping")).ToHaveTextAsync("频繁变化");
        await Assertions.Expect(red).ToContainTextAsync("首次");
        await Assertions.Expect(red).ToHaveCountAsync(1);
        await Assertions.Expect(red).ToHaveAttributeAsync("data-alert-id", id!);
        await Assertions.Expect(county.Locator($"#alerts li[data-kind=town_red]")).ToHaveCountAsync(1);
        await WallArtifacts.ScreenshotAsync(county, "bureau-flapping", output);
        browser.AssertNoCspViolations();
    }

    [Fact]
    public async Task AWrongPasswordIsRefusedInChineseAndThePageLoadsNothingFromElsewhere()
    {
        using var server = new WallServer(LoopbackPorts.Free(), _data.FullName, []);
        await using var browser = await WallBrowser.LaunchAsync();
        var page = await browser.NewPageAsync();
        var foreign = new List<string>();
        page.Request += (_, request) => { if (!request.Url.StartsWith(server.BaseUrl, StringComparison.Ordinal)) foreign.Add(request.Url); };
        await page.GotoAsync($"{server.BaseUrl}/bureau");
        Assert.EndsWith("/bureau/", page.Url);
        await page.FillAsync("#signin [name=login]", "test-city");
        await page.FillAsync("#signin [name=password]", "wrong-password");
        await page.ClickAsync("#signin button[type=submit]");
        await Assertions.Expect(page.Locator("#signin-error")).ToHaveTextAsync("登录失败：用户名或密码错误（字段：password）。 [规则 must-match]");
        await Assertions.Expect(page.Locator("#desk")).ToBeHiddenAsync();
        Assert.Empty(foreign);
        browser.AssertNoCspViolations();
    }

    /// <summary>The page offers exactly these steps (the answer of /actions), in this order.</summary>
    private static Task ActionsAsync(IPage page, params string[] steps) =>
        page.WaitForFunctionAsync(
            "expected => JSON.stringify([...document.querySelectorAll('#actions button')].map(b => b.dataset.step)) === expected",
            JsonSerializer.Serialize(steps), new() { Timeout = 5_000 });

    [GeneratedRegex("acknowledged")]
    private static partial Regex Acknowledged();
}
