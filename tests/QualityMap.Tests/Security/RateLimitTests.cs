using System.Net;
using System.Net.Http.Json;
using QualityMap.Grains.Identity;
using QualityMap.Tests.EndToEnd;
using static QualityMap.Tests.EndToEnd.TestEvents;

namespace QualityMap.Tests.Security;

/// <summary>
/// Each surface's limit answers 429 with Retry-After and a problem detail naming what was counted, and a refused
/// request does nothing. The limits are set low here; their defaults are in the README.
/// </summary>
public sealed class RateLimitTests() : SiloTest(settings: new()
{
    ["RateLimits:SignIn:PermitLimit"] = "3",
    ["RateLimits:PublicPages:PermitLimit"] = "3",
    ["RateLimits:Ingest:PermitLimit"] = "2",
    ["RateLimits:Ingest:Window"] = "00:01:00",
    ["RateLimits:CodeExports:PermitLimit"] = "1",
    ["RateLimits:AddressLockout:LockAfterFailures"] = "100000",
})
{
    [Fact]
    public async Task SignInIsLimitedPerClientAddressWhateverTheLogin()
    {
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.Unauthorized, (await Host.Anonymous.PostAsJsonAsync("/api/session", new { login = $"someone-{i}", password = "not-the-password" })).StatusCode);

        var refused = await Host.Anonymous.PostAsJsonAsync("/api/session", new { login = "test-city", password = TestCredentials.AdminPassword });

        await AssertRefusedAsync(refused, "address", "sign-in");
    }

    [Fact]
    public async Task TheVerificationPageIsLimitedPerClientAddress()
    {
        for (var i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.NotFound, (await Host.Anonymous.GetAsync($"/v/not-a-token-{i}")).StatusCode);

        await AssertRefusedAsync(await Host.Anonymous.GetAsync("/v/not-a-token-3"), "address", "public-pages");
    }

    [Fact]
    public async Task IngestIsLimitedPerApiKeyAndARefusedBatchIsNotJournaled()
    {
        var other = Host.ClientWithKey(await Host.KeyForAsync("second-ingest", Role.IngestClient, TestCredentials.City));
        var day = Clock.GetUtcNow().AddDays(-1);
        for (var i = 1; i <= 2; i++) (await Host.PostEventsAsync(Registered(Uscc(i), "330402007", day))).EnsureSuccessStatusCode();
        var length = await Host.JournalLengthAsync();

        await AssertRefusedAsync(await Host.PostEventsAsync(Registered(Uscc(3), "330402007", day)), "apiKey", "ingest");
        Assert.Equal(length, await Host.JournalLengthAsync());

        var fromOtherKey = await other.PostAsJsonAsync("/api/events", new { events = new[] { Registered(Uscc(4), "330402007", day) } });
        Assert.Equal(HttpStatusCode.OK, fromOtherKey.StatusCode);
    }

    [Fact]
    public async Task CodeExportsAreLimitedPerAccount()
    {
        var county = Host.ClientWithKey(await Host.KeyForAsync("nanhu-bureau", Role.CountyBureau, "330402"));
        Assert.Equal(HttpStatusCode.Accepted, (await Host.Client.PostAsync("/api/regions/330402/code-exports", null)).StatusCode);

        await AssertRefusedAsync(await Host.Client.PostAsync("/api/regions/330402/code-exports", null), "account", "code-exports");
        Assert.Equal(HttpStatusCode.Accepted, (await county.PostAsync("/api/regions/330402/code-exports", null)).StatusCode);
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage response, string field, string rule)
    {
        await ProblemAssert.IsAsync(response, HttpStatusCode.TooManyRequests, "urn:qualitymap:problem:rate-limited", field, rule);
        var retryAfter = response.Headers.RetryAfter?.Delta;
        Assert.True(retryAfter > TimeSpan.Zero, $"Retry-After is {retryAfter}");
    }
}
