using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.DataProtection.KeyManagement.Internal;
using QualityMap.Tests.EndToEnd;

namespace QualityMap.Tests.Security;

/// <summary>
/// Rotating the session-cookie keys: a new key protects every new sign-in and people stay signed in; rotating with
/// signOutEveryone revokes the older keys, so every cookie issued before stops working.
/// </summary>
public sealed class SessionKeyRotationTests : SiloTest
{
    [Fact]
    public async Task ANewKeyProtectsNewSignInsAndSessionsSurviveUntilEveryoneIsSignedOut()
    {
        var before = await SignedInAsync();
        var keyBefore = DefaultKey();

        var rotated = await Host.Client.PostAsJsonAsync("/api/admin/session-keys", new { });
        Assert.Equal(HttpStatusCode.Created, rotated.StatusCode);

        Assert.NotEqual(keyBefore, DefaultKey());
        Assert.Equal(HttpStatusCode.OK, (await before.GetAsync("/api/session")).StatusCode);
        var after = await SignedInAsync();

        Assert.Equal(HttpStatusCode.Created, (await Host.Client.PostAsJsonAsync("/api/admin/session-keys", new { signOutEveryone = true })).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await before.GetAsync("/api/session")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await after.GetAsync("/api/session")).StatusCode);
        var again = await SignedInAsync();
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/api/session")).StatusCode);

        var keys = await Host.GetJsonArrayAsync("/api/admin/session-keys");
        Assert.Single(keys, k => !k!["revoked"]!.GetValue<bool>());
        var audit = (await Host.GetJsonAsync("/api/admin/audit"))["records"]!.AsArray()
            .Where(r => r!["action"]!.GetValue<string>() == "session-keys-rotated").ToList();
        Assert.Equal(2, audit.Count);
        Assert.All(audit, r => Assert.Equal("test-city", r!["actor"]!.GetValue<string>()));
    }

    private Guid DefaultKey() => Host.Service<IKeyRingProvider>().GetCurrentKeyRing().DefaultKeyId;

    private async Task<HttpClient> SignedInAsync()
    {
        var person = Host.CreateClient();
        var response = await person.PostAsJsonAsync("/api/session", new { login = "test-city", password = TestCredentials.AdminPassword });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("test-city", (await person.GetFromJsonAsync<JsonObject>("/api/session"))!["id"]!.GetValue<string>());
        return person;
    }
}
