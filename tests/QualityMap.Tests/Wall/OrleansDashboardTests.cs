using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using QualityMap.Api.Security;
using QualityMap.Grains.Identity;
using QualityMap.Silo.Cluster;
using Xunit.Abstractions;

namespace QualityMap.Tests.Wall;

/// <summary>
/// Orleans' dashboard at /admin/orleans/ in Debian's Chromium: a city administrator signed in with the service's own
/// sign-in sees the silo and its grains under the service's content security policy; the public, a county officer and a
/// city officer who is not an administrator get neither the page nor its data.
/// </summary>
[Collection(WallCollection.Name)]
public sealed class OrleansDashboardTests(ITestOutputHelper output) : IDisposable
{
    private const string Password = "a-long-password";
    private readonly TempDirectory _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task WithoutTheSettingThereIsNoDashboard()
    {
        using var server = new WallServer(LoopbackPorts.Free(), _data.FullName, []);
        Assert.Equal(HttpStatusCode.NotFound, (await server.Http.GetAsync(OrleansDashboardEndpoint.Path + "/")).StatusCode);
    }

    [Fact]
    public async Task OnlyACityAdministratorSeesOrleansDashboard()
    {
        using var server = new WallServer(LoopbackPorts.Free(), _data.FullName, new() { ["Cluster:OrleansDashboard"] = "true" });
        var accounts = server.Services.GetRequiredService<AccountService>();
        await accounts.CreateAccountAsync("nanhu-officer", "南湖区市场监督管理局", Role.CountyBureau, "330402", isAdmin: false, Password, "test");
        await accounts.CreateAccountAsync("city-officer", "嘉兴市市场监督管理局", Role.CityBureau, TestCredentials.City, isAdmin: false, Password, "test");

        using var anonymous = new HttpClient { BaseAddress = new Uri(server.BaseUrl) };
        foreach (var path in new[] { OrleansDashboardEndpoint.Path + "/", OrleansDashboardEndpoint.Path + "/index.min.js" })
            Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(path)).StatusCode);
        foreach (var login in new[] { "nanhu-officer", "city-officer" })
        {
            using var signedIn = await SignInOverHttpAsync(server, login, Password);
            Assert.Equal(HttpStatusCode.Forbidden, (await signedIn.GetAsync(OrleansDashboardEndpoint.Path + "/")).StatusCode);
        }

        await using var browser = await WallBrowser.LaunchAsync();
        var page = await browser.SignInToBureauPageAsync(server.BaseUrl, "test-city", TestCredentials.AdminPassword);
        await page.GotoAsync($"{server.BaseUrl}{OrleansDashboardEndpoint.Path}/");
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync(new Regex(@"Active Silos\s*1(?!\d)"), new() { Timeout = 30_000 });
        await page.GotoAsync($"{server.BaseUrl}{OrleansDashboardEndpoint.Path}/#/grains");
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("RegionGrain", new() { Timeout = 30_000 });
        output.WriteLine(await page.Locator("body").InnerTextAsync());
        browser.AssertNoCspViolations();
    }

    private static async Task<HttpClient> SignInOverHttpAsync(WallServer server, string login, string password)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = new Uri(server.BaseUrl) };
        client.DefaultRequestHeaders.Add("Origin", server.BaseUrl);
        (await client.PostAsJsonAsync("/api/session", new { login, password })).EnsureSuccessStatusCode();
        return client;
    }
}
