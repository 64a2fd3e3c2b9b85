using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using QualityMap.Api.Security;
using QualityMap.Grains.Identity;
using QualityMap.Tests.EndToEnd;
using Xunit.Abstractions;
using static QualityMap.Tests.EndToEnd.TestEvents;

namespace QualityMap.Tests.Wall;

/// <summary>
/// The 警情通报 in Debian's Chromium against the real silo: the city officer issues it through the bureau page (a bad
/// number is refused in Chinese), the county officer finds its link and opens the print page, which runs under the
/// service's CSP and, printed, shows the document alone. Its screenshot is the README's: set QUALITYMAP_WALL_SCREENSHOT
/// to a directory (e.g. docs) to write docs/bulletin.png there as well.
/// </summary>
[Collection(WallCollection.Name)]
public sealed class BulletinPageTests(ITestOutputHelper output) : IDisposable
{
    private const string Nanhu = "330402";
    private const string Jianshe = "330402007";      // 建设街道, 南湖区
    private const string NanhuWarning = "330402-0001";
    private const string Password = "a-long-password";
    private readonly TempDirectory _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task TheCityIssuesABulletinOnThePageAndTheCountyPrintsItWithOnlyTheDocumentOnPaper()
    {
        using var server = new WallServer(LoopbackPorts.Free(), _data.FullName, []);
        var accounts = server.Services.GetRequiredService<AccountService>();
        await accounts.CreateAccountAsync("nanhu-officer", "南湖区市场监督管理局", Role.CountyBureau, Nanhu, isAdmin: false, Password, "test");
        await accounts.CreateAccountAsync("city-officer", "嘉兴市市场监督管理局", Role.CityBureau, TestCredentials.City, isAdmin: false, Password, "test");
        // 2 of 10 in 建设街道 high-risk: 南湖区 red, and warned.
        var yesterday = DateTimeOffset.UtcNow.AddDays(-1);
        var nanhu = Enumerable.Range(0, 10).Select(i => Uscc(9600 + i, Nanhu)).ToList();
        await server.PostEventsAsync([.. nanhu.Select(u => Registered(u, Jianshe, yesterday.AddDays(-30)))]);
        await server.PostEventsAsync(Sampling(nanhu[0], passed: false, yesterday), Sampling(nanhu[1], passed: false, yesterday));
        await SiloHost.EventuallyAsync(async () =>
            (await server.Http.GetFromJsonAsync<JsonArray>($"/api/regions/{TestCredentials.City}/warnings"))!.SingleOrDefault()?["level"]?.GetValue<string>() == "red");

        await using var browser = await WallBrowser.LaunchAsync();
        var city = await browser.SignInToBureauPageAsync(server.BaseUrl, "city-officer", Password);
        await city.ClickAsync($"#warnings tbody tr[data-id='{NanhuWarning}']");
        await Assertions.Expect(city.Locator("#bulletin")).ToBeHiddenAsync();
        await city.ClickAsync("#actions button[data-step=bulletin]");
        var deadline = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).AddDays(30).ToString("yyyy-MM-dd");
        await city.FillAsync("#step-form [name=documentNo]", "嘉市监2026第12号");
        await city.FillAsync("#step-form [name=deadline]", deadline);
        await city.ClickAsync("#step-form button[type=submit]");
        await Assertions.Expect(city.Locator("#problem")).ToContainTextAsync("文号格式应如");
        await Assertions.Expect(city.Locator("#problem")).ToContainTextAsync("document-number-format");
        await city.FillAsync("#step-form [name=documentNo]", "嘉市监〔2026〕12号");
        await city.ClickAsync("#step-form button[type=submit]");
        await Assertions.Expect(city.Locator("#timeline li[data-action=bulletin_issued]")).ToContainTextAsync("嘉市监〔2026〕12号");
        await Assertions.Expect(city.Locator("#bulletin-no")).ToHaveTextAsync("嘉市监〔2026〕12号");
        await Assertions.Expect(city.Locator("#actions button[data-step=bulletin]")).ToHaveCountAsync(0);   // one per warning

        // The county reads it: the link on its page, then the print page in the same signed-in browser.
        var county = await browser.SignInToBureauPageAsync(server.BaseUrl, "nanhu-officer", Password);
        await county.ClickAsync($"#warnings tbody tr[data-id='{NanhuWarning}']");
        await Assertions.Expect(county.Locator("#bulletin")).ToBeVisibleAsync();
        await Assertions.Expect(county.Locator("#bulletin-pdf")).ToHaveAttributeAsync("href", $"/api/warnings/{NanhuWarning}/bulletin.pdf");
        var href = await county.Locator("#bulletin-page").GetAttributeAsync("href");
        await county.SetViewportSizeAsync(900, 1500);
        await county.GotoAsync(server.BaseUrl + href);
        await Assertions.Expect(county.Locator("h1")).ToHaveTextAsync("关于南湖区产品质量安全红色预警的警情通报");
        await Assertions.Expect(county.Locator(".docno")).ToHaveTextAsync("嘉市监〔2026〕12号");
        await Assertions.Expect(county.Locator("table tbody tr")).ToHaveCountAsync(2);
        await Assertions.Expect(county.Locator("table tbody")).ToContainTextAsync($"测试企业{nanhu[0][^6..]}有限公司");
        await Assertions.Expect(county.Locator(".measures li")).ToHaveCountAsync(3);
        await Assertions.Expect(county.Locator(".toolbar")).ToBeVisibleAsync();
        // Styled by its hashed block: the red masthead (a blocked block would leave it black).
        await Assertions.Expect(county.Locator(".issuer")).ToHaveCSSAsync("color", "rgb(204, 0, 0)");
        // The toolbar's PDF, downloaded with the officer's own session.
        var pdfHref = await county.Locator(".toolbar a.pdf").GetAttributeAsync("href");
        var download = await county.APIRequest.GetAsync(new Uri(new Uri(county.Url), pdfHref).ToString());
        Assert.Equal((200, "application/pdf"), (download.Status, download.Headers["content-type"]));
        var path = await WallArtifacts.ScreenshotAsync(county, "bulletin", output);

        // On paper: no toolbar and no audit line, the document without its on-screen sheet.
        await county.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(county.Locator(".toolbar")).ToBeHiddenAsync();
        await Assertions.Expect(county.Locator(".meta")).ToBeHiddenAsync();
        await Assertions.Expect(county.Locator(".document")).ToBeVisibleAsync();
        await Assertions.Expect(county.Locator(".document")).ToHaveCSSAsync("box-shadow", "none");
        await Assertions.Expect(county.Locator(".document")).ToHaveCSSAsync("padding-top", "0px");
        var pdf = await county.PdfAsync(new() { Format = "A4" });                   // Chromium prints it without complaint
        Assert.True(pdf.Length > 1000);
        browser.AssertNoCspViolations();

        WallArtifacts.CopyForReadme(path, "bulletin.png", output);
    }
}
