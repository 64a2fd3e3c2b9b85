using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using QualityMap.Grains.Identity;
using QualityMap.Tests.EndToEnd;

namespace QualityMap.Tests.Security;

/// <summary>The audit journal: sign-ins, account and key changes, with who, when and from where; for the city administrator only.</summary>
public sealed class AuditTests : SiloTest
{
    [Fact]
    public async Task SignInsAndAccountAndKeyChangesAreJournaledWithWhoWhenAndWhere()
    {
        var person = Host.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await person.PostAsJsonAsync("/api/session", new { login = "test-city", password = "wrong-password" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await person.PostAsJsonAsync("/api/session", new { login = "test-city", password = TestCredentials.AdminPassword })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await Host.Client.PostAsJsonAsync("/api/admin/accounts",
            new { id = "nanhu-officer", role = "county_bureau", regionCode = "330402", password = "a-long-password" })).StatusCode);
        var key = await (await Host.Client.PostAsJsonAsync("/api/admin/accounts/nanhu-officer/api-keys", new { label = "desk" })).Content.ReadFromJsonAsync<JsonObject>();
        var keyId = key!["record"]!["keyId"]!.GetValue<string>();
        Assert.Equal(HttpStatusCode.OK, (await Host.Client.DeleteAsync($"/api/admin/api-keys/{keyId}")).StatusCode);

        var records = (await Host.GetJsonAsync("/api/admin/audit"))["records"]!.AsArray().Select(r => r!.AsObject()).ToList();

        string[] expected = ["account-created:bootstrap:admin:succeeded", "sign-in:test-city:test-city:failed", "sign-in:test-city:test-city:succeeded",
            "account-created:test-city:nanhu-officer:succeeded", $"api-key-created:test-city:{keyId}:succeeded", $"api-key-revoked:test-city:{keyId}:succeeded"];
        Assert.Equal(expected, records.Select(r => $"{r["action"]}:{r["actor"]}:{r["subject"]}:{r["outcome"]}"));
        Assert.All(records, r => Assert.False(string.IsNullOrEmpty(r["address"]!.GetValue<string>())));
        Assert.All(records, r => Assert.Equal(Clock.GetUtcNow(), r["at"]!.GetValue<DateTimeOffset>()));
        Assert.Equal(records.Select(r => r["seq"]!.GetValue<long>()).Order(), records.Select(r => r["seq"]!.GetValue<long>()));
        Assert.DoesNotContain(records, r => r.ToJsonString().Contains("a-long-password", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheJournalIsReadInPagesAndOnlyByTheCityAdministrator()
    {
        for (var i = 0; i < 3; i++) await Host.Anonymous.PostAsJsonAsync("/api/session", new { login = $"nobody-{i}", password = "wrong-password" });

        var first = await Host.GetJsonAsync("/api/admin/audit?limit=2");
        var next = first["nextAfter"]!.GetValue<long>();
        var rest = await Host.GetJsonAsync($"/api/admin/audit?after={next}&limit=2");

        Assert.Equal(2, first["records"]!.AsArray().Count);
        Assert.True(rest["records"]!.AsArray().All(r => r!["seq"]!.GetValue<long>() > next));
        await ProblemAssert.IsAsync(await Host.Client.GetAsync("/api/admin/audit?limit=0"), HttpStatusCode.BadRequest, "urn:qualitymap:problem:invalid-query", "limit", "range");
        var county = Host.ClientWithKey(await Host.KeyForAsync("xiuzhou-bureau", Role.CountyBureau, "330411"));
        await ProblemAssert.IsAsync(await county.GetAsync("/api/admin/audit"), HttpStatusCode.Forbidden, "urn:qualitymap:problem:forbidden");
    }
}
