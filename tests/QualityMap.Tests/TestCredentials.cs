using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using QualityMap.Api.Security;
using QualityMap.Grains.Identity;

namespace QualityMap.Tests;

/// <summary>
/// The keys tests call the service with: a city bureau administrator of Jiaxing for everything it may read and do,
/// and an ingest client for <c>POST /api/events</c>. <see cref="Handler"/> picks the right one per request, so a
/// test that is not about identities reads like it did before the service had any.
/// </summary>
public sealed class TestCredentials(string cityKey, string ingestKey)
{
    public const string City = "330400";
    public const string AdminPassword = "test-admin-password";

    public string CityKey { get; } = cityKey;

    public string IngestKey { get; } = ingestKey;

    /// <summary>For <c>WebApplicationFactory.CreateDefaultClient</c>, which puts the test server behind it.</summary>
    public DelegatingHandler Handler() => new KeySelectingHandler(this);

    /// <summary>A client of a service listening on a socket.</summary>
    public HttpClient ClientFor(Uri baseAddress) =>
        new(new KeySelectingHandler(this) { InnerHandler = new SocketsHttpHandler() }) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>Fixed keys stored straight through the account service of an in-process host (idempotent across restarts).</summary>
    public static async Task<TestCredentials> ProvisionAsync(IServiceProvider services)
    {
        var accounts = services.GetRequiredService<AccountService>();
        const string cityKey = "qm_testcity_city-bureau-key-of-the-test-suite";
        const string ingestKey = "qm_testingest_ingest-key-of-the-test-suite";
        await accounts.CreateAccountAsync("test-city", "测试市局", Role.CityBureau, City, isAdmin: true, AdminPassword, "test");
        await accounts.CreateAccountAsync("test-ingest", "测试接入", Role.IngestClient, City, isAdmin: false, null, "test");
        await accounts.AddKnownApiKeyAsync("test-city", cityKey, "tests", "test");
        await accounts.AddKnownApiKeyAsync("test-ingest", ingestKey, "tests", "test");
        return new TestCredentials(cityKey, ingestKey);
    }

    /// <summary>
    /// Keys made over HTTP the way an administrator makes them, for a service in another process started with
    /// <c>--Security:AdminPassword=</c><see cref="AdminPassword"/>.
    /// </summary>
    public static async Task<TestCredentials> ProvisionOverHttpAsync(Uri baseAddress)
    {
        using var admin = new HttpClient(new HttpClientHandler { UseCookies = true }) { BaseAddress = baseAddress };
        (await admin.PostAsJsonAsync("/api/session", new { login = "admin", password = AdminPassword })).EnsureSuccessStatusCode();
        var cityKey = await NewKeyAsync(admin, "admin");
        var created = await admin.PostAsJsonAsync("/api/admin/accounts", new { id = "test-ingest", role = "ingest_client", regionCode = City });
        if (created.StatusCode != System.Net.HttpStatusCode.Conflict) created.EnsureSuccessStatusCode();
        return new TestCredentials(cityKey, await NewKeyAsync(admin, "test-ingest"));
    }

    /// <summary>A county bureau's account and key, made over HTTP by the administrator (see <see cref="ProvisionOverHttpAsync"/>).</summary>
    public static async Task<string> CountyKeyOverHttpAsync(Uri baseAddress, string account, string county)
    {
        using var admin = new HttpClient(new HttpClientHandler { UseCookies = true }) { BaseAddress = baseAddress };
        (await admin.PostAsJsonAsync("/api/session", new { login = "admin", password = AdminPassword })).EnsureSuccessStatusCode();
        (await admin.PostAsJsonAsync("/api/admin/accounts", new { id = account, role = "county_bureau", regionCode = county, password = AdminPassword })).EnsureSuccessStatusCode();
        return await NewKeyAsync(admin, account);
    }

    /// <summary>
    /// Sellers' accounts (each bound to its credit code, in its town) and their keys, made over HTTP by the
    /// administrator in one sign-in (sign-ins are rate-limited).
    /// </summary>
    public static async Task<IReadOnlyList<string>> SellerKeysOverHttpAsync(Uri baseAddress, IEnumerable<(string Uscc, string Town)> sellers)
    {
        using var admin = new HttpClient(new HttpClientHandler { UseCookies = true }) { BaseAddress = baseAddress };
        (await admin.PostAsJsonAsync("/api/session", new { login = "admin", password = AdminPassword })).EnsureSuccessStatusCode();
        var keys = new List<string>();
        foreach (var (uscc, town) in sellers)
        {
            var account = $"seller-{uscc}";
            (await admin.PostAsJsonAsync("/api/admin/accounts", new { id = account, displayName = $"经营者{uscc[^6..]}", role = "seller", regionCode = town, uscc }))
                .EnsureSuccessStatusCode();
            keys.Add(await NewKeyAsync(admin, account));
        }
        return keys;
    }

    private static async Task<string> NewKeyAsync(HttpClient admin, string account)
    {
        var response = await admin.PostAsJsonAsync($"/api/admin/accounts/{account}/api-keys", new { label = "tests" });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["key"]!.GetValue<string>();
    }

    private sealed class KeySelectingHandler(TestCredentials credentials) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (!request.Headers.Contains("X-Api-Key") && request.Headers.Authorization is null)
            {
                var ingest = request.Method == HttpMethod.Post && request.RequestUri!.AbsolutePath.TrimEnd('/') == "/api/events";
                request.Headers.Add("X-Api-Key", ingest ? credentials.IngestKey : credentials.CityKey);
            }
            return base.SendAsync(request, cancellationToken);
        }
    }
}
