using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace QualityMap.Tests.Wall;

/// <summary>
/// Debian's Chromium driven by Playwright (never a downloaded browser). A missing Chromium fails the test with the
/// way to fix it: test.sh installs it, and a browser test that silently skips would look like a passing one.
/// Every page it opens reports Content-Security-Policy violations (<see cref="CspViolations"/>): the pages run with
/// the service's real policy, and a test ends with <see cref="AssertNoCspViolations"/>.
/// </summary>
public sealed class WallBrowser : IAsyncDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] s_arguments =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    // Runs in every document before its own scripts; a violation becomes a console message the test collects, so
    // none is lost when a page navigates or reloads (a window array would start empty again).
    private const string ViolationReporter = """
        document.addEventListener('securitypolicyviolation', e => console.error(
          `Content Security Policy violation: ${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`));
        """;

    private readonly IPlaywright _playwright;
    private readonly ConcurrentQueue<string> _violations = new();
    private readonly ConcurrentQueue<string> _unprotected = new();

    private WallBrowser(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        Browser = browser;
    }

    public IBrowser Browser { get; }

    /// <summary>The CSP violations any page of this browser reported so far, with the page's address.</summary>
    public IReadOnlyCollection<string> CspViolations => _violations;

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
        var page = await NewPageAsync(new() { ViewportSize = new() { Width = 1920, Height = 1080 } });
        await page.GotoAsync(url);
        return page;
    }

    /// <summary>The bureau page (/bureau/) of <paramref name="baseUrl"/>, signed in through its form as an officer at a desk.</summary>
    public async Task<IPage> SignInToBureauPageAsync(string baseUrl, string login, string password, int height = 1000)
    {
        var page = await NewPageAsync(new() { ViewportSize = new() { Width = 1440, Height = height } });
        await page.GotoAsync($"{baseUrl}/bureau/");
        await page.FillAsync("#signin [name=login]", login);
        await page.FillAsync("#signin [name=password]", password);
        await page.ClickAsync("#signin button[type=submit]");
        await Assertions.Expect(page.Locator("body")).ToHaveAttributeAsync("data-state", "signed-in");
        return page;
    }

    /// <summary>A page in its own context (zh-CN, China Standard Time) whose CSP violations are collected.</summary>
    public async Task<IPage> NewPageAsync(BrowserNewPageOptions? options = null)
    {
        options ??= new();
        options.Locale ??= "zh-CN";
        options.TimezoneId ??= "Asia/Shanghai";
        var page = await Browser.NewPageAsync(options);
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal)) _violations.Enqueue($"{page.Url}: {message.Text}");
        };
        // No violation proves nothing about a page served without a policy: every HTML document must carry one.
        page.Response += (_, response) =>
        {
            var headers = response.Headers;
            if (response.Request.ResourceType == "document" && headers.TryGetValue("content-type", out var type) && type.StartsWith("text/html", StringComparison.Ordinal)
                && !headers.ContainsKey("content-security-policy"))
                _unprotected.Enqueue(response.Url);
        };
        await page.AddInitScriptAsync(ViolationReporter);
        return page;
    }

    /// <summary>Fails with every violation when a page broke the policy (a blocked script, style or connection).</summary>
    public void AssertNoCspViolations()
    {
        Assert.True(_unprotected.IsEmpty, "Pages without a Content-Security-Policy: " + string.Join(", ", _unprotected));
        Assert.True(_violations.IsEmpty, "CSP violations:\n" + string.Join("\n", _violations));
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
    }
}
