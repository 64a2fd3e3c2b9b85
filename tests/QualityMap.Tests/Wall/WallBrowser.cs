using Microsoft.Playwright;

namespace QualityMap.Tests.Wall;

/// <summary>
/// Debian's Chromium driven by Playwright (never a downloaded browser). A missing Chromium fails the test with the
/// way to fix it: test.sh installs it, and a browser test that silently skips would look like a passing one.
/// </summary>
public sealed class WallBrowser : IAsyncDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] s_arguments =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    private readonly IPlaywright _playwright;

    private WallBrowser(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        Browser = browser;
    }

    public IBrowser Browser { get; }

    public static async Task<WallBrowser> LaunchAsync()
    {
        Assert.True(File.Exists(ChromiumPath), $"{ChromiumPath} is missing: install Debian's chromium (./test.sh does).");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumPath, Headless = true, Args = s_arguments });
        return new WallBrowser(playwright, browser);
    }

    /// <summary>A page the size of a 1920×1080 wall.</summary>
    public async Task<IPage> OpenWallAsync(string url)
    {
        var page = await Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1920, Height = 1080 }, Locale = "zh-CN", TimezoneId = "Asia/Shanghai" });
        await page.GotoAsync(url);
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
    }
}
