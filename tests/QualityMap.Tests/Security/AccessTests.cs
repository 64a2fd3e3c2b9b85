using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using QualityMap.Api.Security;
using QualityMap.Grains.Identity;
using QualityMap.Tests.EndToEnd;
using static QualityMap.Tests.EndToEnd.TestEvents;

namespace QualityMap.Tests.Security;

/// <summary>Who may call what: roles per endpoint, region scope per county, keys and sign-in, over real HTTP.</summary>
public sealed class AccessTests : SiloTest
{
    private const string Nanhu = "330402";
    private const string Xiuzhou = "330411";
    private const string Jianshe = "330402007";   // a town of 南湖
    private string _nanhuUscc = "";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _nanhuUscc = Uscc(1);
        var day = Clock.GetUtcNow().AddDays(-1);
        (await Host.PostEventsAsync(Registered(_nanhuUscc, Jianshe, day.AddDays(-30)), Sampling(_nanhuUscc, false, day))).EnsureSuccessStatusCode();
        await Host.SettleAsync();
    }

    public static TheoryData<string, string> ProtectedEndpoints => new()
    {
        { "GET", "/api/regions/330400/map" },
        { "GET", "/api/regions/330402/warnings" },
        { "GET", "/api/regions/330402/trend" },
        { "GET", "/api/warnings/330402-0001" },
        { "GET", $"/api/enterprises/{Uscc(1)}" },
        { "GET", $"/api/enterprises/{Uscc(1)}/code.png" },
        { "POST", "/api/regions/330402/code-exports" },
        { "POST", "/api/events" },
        { "GET", "/api/journal/anchor" },
        { "GET", "/api/admin/accounts" },
        { "GET", "/api/admin/audit" },
        { "GET", "/api/admin/code-signing-keys" },
        { "POST", "/api/admin/code-signing-keys" },
        { "POST", "/api/admin/session-keys" },
        { "GET", "/api/session" },
        { "POST", "/hubs/map/negotiate?negotiateVersion=1" },
        { "GET", "/api/supervision/counties/330402/tasks" },
        { "PUT", "/api/supervision/catalogue/0801" },
    };

    [Theory]
    [MemberData(nameof(ProtectedEndpoints))]
    public async Task WithoutCredentialsEveryEndpointAnswers401ProblemDetails(string method, string path)
    {
        using var response = await Host.Anonymous.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = JsonContent.Create(new { }) });
        await AssertProblemAsync(response, HttpStatusCode.Unauthorized, "urn:qualitymap:problem:unauthenticated");
    }

    [Fact]
    public async Task PublicVerificationPageAndHealthNeedNoCredentials()
    {
        Assert.Equal(HttpStatusCode.OK, (await Host.Anonymous.GetAsync("/health")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Host.Anonymous.GetAsync("/v/not-a-token")).StatusCode);   // the invalid-code page, not 401
    }

    [Fact]
    public async Task AnIngestClientOnlyPostsEventsAndABureauNeverDoes()
    {
        var ingest = Host.ClientWithKey(Host.Credentials.IngestKey);
        await AssertProblemAsync(await ingest.GetAsync("/api/regions/330400/map"), HttpStatusCode.Forbidden, "urn:qualitymap:problem:forbidden");
        var city = Host.ClientWithKey(Host.Credentials.CityKey);
        var post = await city.PostAsJsonAsync("/api/events", new { events = new[] { Sampling(_nanhuUscc, true, Clock.GetUtcNow()) } });
        await AssertProblemAsync(post, HttpStatusCode.Forbidden, "urn:qualitymap:problem:forbidden");
    }

    [Fact]
    public async Task ACountyBureauReadsItsOwnCountyAndNothingOfAnother()
    {
        var nanhu = Host.ClientWithKey(await Host.KeyForAsync("nanhu-bureau", Role.CountyBureau, Nanhu));
        var xiuzhou = Host.ClientWithKey(await Host.KeyForAsync("xiuzhou-bureau", Role.CountyBureau, Xiuzhou));

        string[] nanhuPaths =
        [
            "/api/regions/330402/map", $"/api/regions/{Jianshe}/map", "/api/regions/330402/warnings", "/api/warnings/330402-0001",
            $"/api/enterprises/{_nanhuUscc}", $"/api/enterprises/{_nanhuUscc}/code.svg",
            $"/api/supervision/enterprises/{_nanhuUscc}", "/api/supervision/counties/330402/tasks", "/api/supervision/counties/330402/report",
        ];
        foreach (var path in nanhuPaths)
        {
            Assert.True((await nanhu.GetAsync(path)).IsSuccessStatusCode, path);
            await AssertProblemAsync(await xiuzhou.GetAsync(path), HttpStatusCode.Forbidden, "urn:qualitymap:problem:out-of-scope");
        }
        await AssertProblemAsync(await nanhu.GetAsync("/api/regions/330400/map"), HttpStatusCode.Forbidden, "urn:qualitymap:problem:out-of-scope");
        await AssertProblemAsync(await xiuzhou.PostAsync("/api/regions/330402/code-exports", null), HttpStatusCode.Forbidden, "urn:qualitymap:problem:out-of-scope");
        // The catalogue is the city bureau's to edit.
        var edit = await nanhu.PutAsJsonAsync("/api/supervision/catalogue/0801", new { category = "电工", name = "电线电缆", grade = 1, by = "x" });
        await AssertProblemAsync(edit, HttpStatusCode.Forbidden, "urn:qualitymap:problem:forbidden");
        Assert.Equal(HttpStatusCode.OK, (await xiuzhou.GetAsync("/api/regions/330411/map")).StatusCode);
    }

    [Fact]
    public async Task TheWallReadsTheMapButNoEnterpriseCodeOrExport()
    {
        var wall = Host.ClientWithKey(await Host.KeyForAsync("wall", Role.WallViewer, TestCredentials.City));
        Assert.Equal(HttpStatusCode.OK, (await wall.GetAsync("/api/regions/330400/map")).StatusCode);
        await AssertProblemAsync(await wall.GetAsync($"/api/enterprises/{_nanhuUscc}/code.png"), HttpStatusCode.Forbidden, "urn:qualitymap:problem:forbidden");
        await AssertProblemAsync(await wall.PostAsJsonAsync("/api/events", new { events = Array.Empty<object>() }), HttpStatusCode.Forbidden, "urn:qualitymap:problem:forbidden");
    }

    [Fact]
    public async Task AnAdministratorCreatesListsAndRevokesKeysWhoseSecretIsShownOnceAndStoredHashed()
    {
        var admin = Host.Client;
        (await admin.PostAsJsonAsync("/api/admin/accounts", new { id = "gateway", role = "ingest_client", regionCode = "330400" })).EnsureSuccessStatusCode();
        var created = await admin.PostAsJsonAsync("/api/admin/accounts/gateway/api-keys", new { label = "抽检系统" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = (await created.Content.ReadFromJsonAsync<JsonObject>())!;
        var key = body["key"]!.GetValue<string>();
        var keyId = body["record"]!["keyId"]!.GetValue<string>();

        var gateway = Host.ClientWithKey(key);
        var post = await gateway.PostAsJsonAsync("/api/events", new { events = new[] { Sampling(_nanhuUscc, true, Clock.GetUtcNow().AddHours(-1)) } });
        Assert.Equal(HttpStatusCode.OK, post.StatusCode);

        Assert.True(ApiKeys.TryParse(key, out _, out var secret));
        var listed = await admin.GetStringAsync("/api/admin/api-keys");
        Assert.Contains(keyId, listed);
        Assert.DoesNotContain(secret, listed);   // the secret never comes back
        var stored = await Host.Service<IGrainFactory>().GetGrain<IIdentityDirectoryGrain>(IIdentityDirectoryGrain.Key).FindApiKeyAsync(keyId);
        Assert.Equal(ApiKeys.Hash(secret), stored!.Value.Key.SecretHash);
        Assert.DoesNotContain(secret, stored.Value.Key.SecretHash);

        Assert.Equal(HttpStatusCode.OK, (await admin.DeleteAsync($"/api/admin/api-keys/{keyId}")).StatusCode);
        var afterRevoke = await gateway.PostAsJsonAsync("/api/events", new { events = new[] { Sampling(_nanhuUscc, true, Clock.GetUtcNow()) } });
        await AssertProblemAsync(afterRevoke, HttpStatusCode.Unauthorized, "urn:qualitymap:problem:unauthenticated");
    }

    [Fact]
    public async Task OnlyAnAdministratorOfTheCityManagesAccounts()
    {
        var nanhu = Host.ClientWithKey(await Host.KeyForAsync("nanhu-bureau", Role.CountyBureau, Nanhu));
        await AssertProblemAsync(await nanhu.GetAsync("/api/admin/accounts"), HttpStatusCode.Forbidden, "urn:qualitymap:problem:forbidden");
        await Host.Service<AccountService>().CreateAccountAsync("city-clerk", "市局科员", Role.CityBureau, "330400", isAdmin: false, "clerk-password-1", "test");
        var clerk = await SignInAsync("city-clerk", "clerk-password-1");
        await AssertProblemAsync(await clerk.GetAsync("/api/admin/api-keys"), HttpStatusCode.Forbidden, "urn:qualitymap:problem:forbidden");
        foreach (var path in new[] { "/api/admin/audit", "/api/admin/code-signing-keys", "/api/admin/session-keys" })
        {
            await AssertProblemAsync(await nanhu.GetAsync(path), HttpStatusCode.Forbidden, "urn:qualitymap:problem:forbidden");
            await AssertProblemAsync(await clerk.GetAsync(path), HttpStatusCode.Forbidden, "urn:qualitymap:problem:forbidden");
        }
        await AssertProblemAsync(await clerk.PostAsync("/api/admin/code-signing-keys", null), HttpStatusCode.Forbidden, "urn:qualitymap:problem:forbidden");

        var invalid = await Host.Client.PostAsJsonAsync("/api/admin/accounts", new { id = "x", role = "county_bureau", regionCode = "330400", password = "long-enough-pass" });
        var problem = await AssertProblemAsync(invalid, HttpStatusCode.BadRequest, "urn:qualitymap:problem:invalid-account");
        Assert.Equal(("regionCode", "level-of-role"), (problem["field"]!.GetValue<string>(), problem["rule"]!.GetValue<string>()));
    }

    [Fact]
    public async Task PeopleSignInWithAPasswordStoredOnlyAsAHash()
    {
        await Host.Service<AccountService>().CreateAccountAsync("nanhu-officer", "南湖区局", Role.CountyBureau, Nanhu, isAdmin: false, "nanhu-password-1", "test");
        var wrong = await Host.Anonymous.PostAsJsonAsync("/api/session", new { login = "nanhu-officer", password = "nope-nope-nope" });
        var wrongProblem = await AssertProblemAsync(wrong, HttpStatusCode.Unauthorized, "urn:qualitymap:problem:invalid-credentials");
        var unknown = await Host.Anonymous.PostAsJsonAsync("/api/session", new { login = "nobody", password = "nope-nope-nope" });
        var unknownProblem = await AssertProblemAsync(unknown, HttpStatusCode.Unauthorized, "urn:qualitymap:problem:invalid-credentials");
        Assert.Equal(wrongProblem["detail"]!.GetValue<string>(), unknownProblem["detail"]!.GetValue<string>());   // does not tell which logins exist

        var officer = await SignInAsync("nanhu-officer", "nanhu-password-1");
        var me = await officer.GetFromJsonAsync<JsonObject>("/api/session");
        Assert.Equal(("nanhu-officer", "CountyBureau", Nanhu), (me!["id"]!.GetValue<string>(), me["role"]!.GetValue<string>(), me["regionCode"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync("/api/regions/330402/map")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync("/api/regions/330411/map")).StatusCode);

        var account = await Host.Service<IGrainFactory>().GetGrain<IIdentityDirectoryGrain>(IIdentityDirectoryGrain.Key).GetAccountAsync("nanhu-officer");
        Assert.StartsWith("pbkdf2-sha256$", account!.PasswordHash);
        Assert.DoesNotContain("nanhu-password-1", account.PasswordHash);

        Assert.Equal(HttpStatusCode.NoContent, (await officer.DeleteAsync("/api/session")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await officer.GetAsync("/api/session")).StatusCode);
    }

    private async Task<HttpClient> SignInAsync(string login, string password)
    {
        // The test server's client keeps cookies like a browser.
        var client = Host.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = true });
        (await client.PostAsJsonAsync("/api/session", new { login, password })).EnsureSuccessStatusCode();
        return client;
    }

    private static async Task<JsonObject> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string type)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(type, problem["type"]!.GetValue<string>());
        return problem;
    }

}
