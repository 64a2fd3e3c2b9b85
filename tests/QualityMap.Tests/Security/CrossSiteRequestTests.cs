using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using QualityMap.Grains.Identity;
using QualityMap.Tests.EndToEnd;

namespace QualityMap.Tests.Security;

/// <summary>
/// The Origin rule over real HTTP: a state-changing request that rides on the session cookie is refused (403
/// cross-site-request, nothing changed) when it comes from a foreign origin; the service's own pages, listed origins,
/// plain reads and API-key clients are not affected.
/// </summary>
public sealed class CrossSiteRequestTests : IDisposable
{
    private const string Evil = "https://evil.example";
    private const string Own = "http://localhost";   // the in-process test server's address
    private readonly TempDirectory _data = new();

    public void Dispose() => _data.Dispose();

    private SiloHost Host(Dictionary<string, string?>? settings = null) => new(_data.FullName, new ManualTimeProvider(), settings);

    [Fact]
    public async Task ASignedInRequestFromAForeignOriginIsRefusedAndChangesNothing()
    {
        await using var host = Host();
        using var browser = await SignInAsync(host);

        using var refused = await browser.SendAsync(CreateAccount("from-evil", origin: Evil));
        await AssertRefusedAsync(refused);
        Assert.Null(await AccountAsync(host, "from-evil"));

        // Signing out is state-changing too: refused, and the session lives on.
        using var signOut = await browser.SendAsync(new HttpRequestMessage(HttpMethod.Delete, "/api/session") { Headers = { { "Origin", Evil } } });
        await AssertRefusedAsync(signOut);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/session")).StatusCode);
    }

    [Theory]
    [InlineData("null")]                       // a sandboxed frame or a privacy-stripped form
    [InlineData("http://localhost:8080")]      // the same host on another port is another origin
    [InlineData("https://localhost")]          // and so is another scheme
    [InlineData("http://localhost.evil.example")]
    public async Task AnyOriginButTheOwnIsForeign(string origin)
    {
        await using var host = Host();
        using var browser = await SignInAsync(host);
        await AssertRefusedAsync(await browser.SendAsync(CreateAccount("from-foreign", origin)));
    }

    [Fact]
    public async Task TheOwnOriginAndNoOriginAtAllProceed()
    {
        await using var host = Host();
        using var browser = await SignInAsync(host);
        Assert.Equal(HttpStatusCode.Created, (await browser.SendAsync(CreateAccount("from-own", Own))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await browser.SendAsync(CreateAccount("from-own-port", Own + ":80"))).StatusCode);
        var sameOrigin = CreateAccount("no-origin", origin: null);
        sameOrigin.Headers.Add("Sec-Fetch-Site", "same-origin");
        Assert.Equal(HttpStatusCode.Created, (await browser.SendAsync(sameOrigin)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await browser.SendAsync(CreateAccount("no-headers", origin: null))).StatusCode);   // curl with a cookie
        Assert.NotNull(await AccountAsync(host, "from-own"));
    }

    [Fact]
    public async Task WithoutAnOriginACrossSiteFetchIsRefused()
    {
        await using var host = Host();
        using var browser = await SignInAsync(host);
        var request = CreateAccount("cross-site", origin: null);
        request.Headers.Add("Sec-Fetch-Site", "cross-site");
        await AssertRefusedAsync(await browser.SendAsync(request));
        Assert.Null(await AccountAsync(host, "cross-site"));
    }

    [Fact]
    public async Task AnApiKeyClientIsNotAffectedByAForeignOrigin()
    {
        await using var host = Host();
        using var response = await host.ClientWithKey(host.Credentials.CityKey).SendAsync(CreateAccount("by-key", Evil));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        // A key wins over a cookie as well: the key, not the browser's ambient session, authenticates.
        using var browser = await SignInAsync(host);
        var both = CreateAccount("by-key-and-cookie", Evil);
        both.Headers.Add("X-Api-Key", host.Credentials.CityKey);
        Assert.Equal(HttpStatusCode.Created, (await browser.SendAsync(both)).StatusCode);
    }

    [Fact]
    public async Task ReadsFromAForeignOriginAreNotStateChangingAndProceed()
    {
        await using var host = Host();
        using var browser = await SignInAsync(host);
        using var read = new HttpRequestMessage(HttpMethod.Get, "/api/regions/330400/map") { Headers = { { "Origin", Evil } } };
        Assert.Equal(HttpStatusCode.OK, (await browser.SendAsync(read)).StatusCode);
    }

    [Fact]
    public async Task TheHubRefusesASignedInConnectionFromAForeignOrigin()
    {
        await using var host = Host();
        using var browser = await SignInAsync(host);
        using var evil = new HttpRequestMessage(HttpMethod.Post, "/hubs/map/negotiate?negotiateVersion=1") { Headers = { { "Origin", Evil } } };
        await AssertRefusedAsync(await browser.SendAsync(evil));
        // The WebSocket upgrade is a GET; it is refused as well.
        using var upgrade = new HttpRequestMessage(HttpMethod.Get, "/hubs/map?id=x") { Headers = { { "Origin", Evil } } };
        await AssertRefusedAsync(await browser.SendAsync(upgrade));
        using var own = new HttpRequestMessage(HttpMethod.Post, "/hubs/map/negotiate?negotiateVersion=1") { Headers = { { "Origin", Own } } };
        Assert.Equal(HttpStatusCode.OK, (await browser.SendAsync(own)).StatusCode);
    }

    [Fact]
    public async Task AnOriginListedInTheConfigurationProceeds()
    {
        await using var host = Host(new() { ["Security:AllowedOrigins:0"] = "https://qm.example.gov.cn" });
        using var browser = await SignInAsync(host);
        Assert.Equal(HttpStatusCode.Created, (await browser.SendAsync(CreateAccount("from-listed", "https://qm.example.gov.cn:443"))).StatusCode);
        await AssertRefusedAsync(await browser.SendAsync(CreateAccount("from-evil", Evil)));
    }

    /// <summary>A client holding test-city's session cookie and no key, as a browser after the sign-in.</summary>
    private static async Task<HttpClient> SignInAsync(SiloHost host)
    {
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true });
        (await client.PostAsJsonAsync("/api/session", new { login = "test-city", password = TestCredentials.AdminPassword })).EnsureSuccessStatusCode();
        return client;
    }

    private static Task<Account?> AccountAsync(SiloHost host, string id) =>
        host.Service<IGrainFactory>().GetGrain<IIdentityDirectoryGrain>(IIdentityDirectoryGrain.Key).GetAccountAsync(id);

    private static HttpRequestMessage CreateAccount(string id, string? origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/admin/accounts")
        {
            Content = JsonContent.Create(new { id, displayName = id, role = "ingest_client", regionCode = TestCredentials.City }),
        };
        if (origin is not null) request.Headers.Add("Origin", origin);
        return request;
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("urn:qualitymap:problem:cross-site-request", problem["type"]!.GetValue<string>());
        Assert.Equal(("Origin", "same-origin"), (problem["field"]!.GetValue<string>(), problem["rule"]!.GetValue<string>()));
        Assert.Equal(403, problem["status"]!.GetValue<int>());
    }
}
