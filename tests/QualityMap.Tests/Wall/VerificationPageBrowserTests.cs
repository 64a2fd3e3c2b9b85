using System.Net;
using Microsoft.Playwright;
using QualityMap.Tests.Codes;
using QualityMap.Tests.EndToEnd;
using Xunit.Abstractions;
using static QualityMap.Tests.EndToEnd.TestEvents;

namespace QualityMap.Tests.Wall;

/// <summary>
/// The public verification page in Debian's Chromium under the service's CSP: its one style block (allowed by hash)
/// applies, the badge shows the code's colour, the invalid page too, and nothing breaks the policy. A deliberate
/// inline style proves the violation collector is listening.
/// </summary>
[Collection(WallCollection.Name)]
public sealed class VerificationPageBrowserTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempDirectory _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task AScannedCodesPageIsStyledUnderThePolicyAndAnInlineStyleWouldBeReported()
    {
        using var server = new WallServer(LoopbackPorts.Free(), _data.FullName, TestSignature.Settings("k1", ("k1", TestSignature.FirstSecret)));
        var uscc = Uscc(9500, "330402");
        await server.PostEventsAsync(Registered(uscc, CodeHost.Jianshe, DateTimeOffset.UtcNow.AddDays(-30)));
        var path = $"/v/{TestSignature.Token(uscc, "k1", TestSignature.FirstSecret)}";
        await SiloHost.EventuallyAsync(async () => (await server.Http.GetAsync(path)).StatusCode == HttpStatusCode.OK);

        await using var browser = await WallBrowser.LaunchAsync();
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 390, Height = 844 } });
        await page.GotoAsync(server.BaseUrl + path);
        await Assertions.Expect(page.Locator(".badge .code")).ToHaveTextAsync("绿码");
        // Styled by the block the policy allows by its hash: green badge, 3rem code (a blocked block would leave neither).
        await Assertions.Expect(page.Locator(".badge")).ToHaveCSSAsync("background-color", "rgb(0, 122, 61)");
        await Assertions.Expect(page.Locator(".badge .code")).ToHaveCSSAsync("font-size", "48px");
        await WallArtifacts.ScreenshotAsync(page, "verification-valid", output);

        var invalid = await page.GotoAsync(server.BaseUrl + "/v/not-a-token");
        Assert.Equal(404, invalid!.Status);
        await Assertions.Expect(page.Locator(".badge .code")).ToHaveTextAsync("二维码无效");
        await Assertions.Expect(page.Locator(".badge")).ToHaveCSSAsync("background-color", "rgb(29, 33, 41)");
        browser.AssertNoCspViolations();

        // The collector works: an inline style attribute is refused and reported.
        await page.EvaluateAsync("() => document.body.setAttribute('style', 'background: red')");
        await SiloHost.EventuallyAsync(() => Task.FromResult(browser.CspViolations.Count > 0));
        Assert.Contains("style-src", browser.CspViolations.First());
        await Assertions.Expect(page.Locator("body")).Not.ToHaveCSSAsync("background-color", "rgb(255, 0, 0)");
    }
}
