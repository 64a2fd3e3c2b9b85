using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using QualityMap.Tests.EndToEnd;

namespace QualityMap.Tests.Upgrade;

/// <summary>The upgrade test's checks, in the order they run: the later ones change the state the earlier ones compare.</summary>
public static class UpgradeChecks
{
    /// <summary>Every section of the snapshot as the previous version answered it; its audit trail as a prefix (signing in adds to it).</summary>
    public static async Task SameAnswersAsync(SiloHost host, UpgradeFixture fixture)
    {
        var now = await UpgradeSnapshot.TakeAsync(host.Client, fixture.Regions, fixture.Usccs);
        foreach (var (section, expected) in fixture.Snapshot)
        {
            var actual = now[section]!;
            if (section == "audit") actual = new JsonArray([.. actual.AsArray().Take(expected!.AsArray().Count).Select(r => r!.DeepClone())]);
            var (before, after) = (UpgradeSnapshot.Canonical(expected), UpgradeSnapshot.Canonical(actual));
            Assert.True(JsonNode.DeepEquals(before, after), $"'{section}' differs from the previous version's answer.\nexpected: {before}\nactual:   {after}");
        }
        Assert.Equal(fixture.Snapshot["journal"]!["through"]!.GetValue<long>(), await host.JournalLengthAsync());
    }

    /// <summary>The county person's password, its pre-upgrade session, and the API keys (the revoked one stays revoked).</summary>
    public static async Task ClientsStillGetInAsync(SiloHost host, UpgradeFixture fixture)
    {
        var person = fixture.CountyPerson;
        var signedIn = await host.Anonymous.PostAsJsonAsync("/api/session", new { login = person.Login, password = person.Password });
        Assert.True(signedIn.StatusCode == HttpStatusCode.OK, $"sign-in: {(int)signedIn.StatusCode} {await signedIn.Content.ReadAsStringAsync()}");
        AssertIsCountyPerson(await signedIn.Content.ReadFromJsonAsync<JsonObject>(), person);
        // Anonymous keeps the cookie it was just given, as a browser does.
        Assert.Equal(HttpStatusCode.OK, (await host.Anonymous.GetAsync($"/api/regions/{person.RegionCode}/warnings")).StatusCode);
        var wrong = await host.CreateClient().PostAsJsonAsync("/api/session", new { login = person.Login, password = person.Password + "x" });
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);

        using var browser = host.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = false });
        using var session = new HttpRequestMessage(HttpMethod.Get, "/api/session");
        session.Headers.Add("Cookie", fixture.SessionCookie);
        var resumed = await browser.SendAsync(session);
        Assert.True(resumed.StatusCode == HttpStatusCode.OK, $"a session of the previous version: {(int)resumed.StatusCode}");
        AssertIsCountyPerson(await resumed.Content.ReadFromJsonAsync<JsonObject>(), person);

        var county = host.ClientWithKey(fixture.CountyKey.Key);
        Assert.Equal(HttpStatusCode.OK, (await county.GetAsync($"/api/regions/{person.RegionCode}/map")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await county.GetAsync("/api/regions/330411/map")).StatusCode);   // still one county's key
        var revoked = host.ClientWithKey(fixture.RevokedKey.Key);
        Assert.Equal(HttpStatusCode.Unauthorized, (await revoked.GetAsync($"/api/regions/{UpgradeSnapshot.City}/map")).StatusCode);
    }

    private static void AssertIsCountyPerson(JsonObject? me, FixturePerson person)
    {
        Assert.Equal(person.Login, me?["id"]?.GetValue<string>());
        Assert.Equal(person.Role, me?["role"]?.GetValue<string>());
        Assert.Equal(person.RegionCode, me?["regionCode"]?.GetValue<string>());
    }

    /// <summary>Codes printed under each key of the ring verify on the public page; a forged signature does not.</summary>
    public static async Task PrintedCodesVerifyAsync(SiloHost host, UpgradeFixture fixture)
    {
        Assert.Equal(2, fixture.Codes.Select(c => c.KeyId).Distinct().Count());
        foreach (var code in fixture.Codes)
        {
            var page = await host.Anonymous.GetAsync(code.Path);
            var html = await page.Content.ReadAsStringAsync();
            Assert.True(page.StatusCode == HttpStatusCode.OK, $"{code.Path} (key {code.KeyId}): {(int)page.StatusCode}");
            Assert.Contains(code.Name, html);
        }
        var path = fixture.Codes[0].Path;
        var forged = path[..^1] + (path[^1] == 'A' ? 'B' : 'A');
        Assert.Equal(HttpStatusCode.NotFound, (await host.Anonymous.GetAsync(forged)).StatusCode);
    }

    /// <summary>An event through the pre-upgrade ingest key lands at the next seq, chained onto the previous head.</summary>
    public static async Task NewEventsExtendTheChainAsync(SiloHost host, UpgradeFixture fixture)
    {
        var head = fixture.Snapshot["journal"]!;
        var through = head["through"]!.GetValue<long>();
        var uscc = TestEvents.Uscc(2001, "330424");
        var ingest = host.ClientWithKey(fixture.IngestKey.Key);
        var posted = await ingest.PostAsJsonAsync("/api/events", new { events = new[] { TestEvents.Registered(uscc, "330424001", fixture.Instant.AddDays(-1), "upgrade-reg-1") } });
        var result = await posted.Content.ReadFromJsonAsync<JsonObject>();
        Assert.True(posted.IsSuccessStatusCode && result!["accepted"]!.GetValue<int>() == 1, $"{(int)posted.StatusCode} {result}");
        Assert.Equal(through + 1, result!["results"]![0]!["seq"]!.GetValue<long>());
        await host.SettleAsync();

        var tail = await UpgradeSnapshot.GetAsync(host.Client, $"/api/journal/verify?from={through + 1}&anchorHash={head["lastHash"]}");
        Assert.True(tail["intact"]!.GetValue<bool>(), $"the new record does not chain onto the previous version's head: {tail}");
        Assert.Equal(through + 1, tail["through"]!.GetValue<long>());
        var whole = await UpgradeSnapshot.GetAsync(host.Client, "/api/journal/verify");
        Assert.True(whole["intact"]!.GetValue<bool>(), whole.ToJsonString());
        Assert.Equal("low", (await UpgradeSnapshot.GetAsync(host.Client, $"/api/enterprises/{uscc}"))["class"]!.GetValue<string>());
        var before = fixture.Snapshot["map"]!["330424"]!["region"]!["monitored"]!.GetValue<int>();
        var haiyan = await UpgradeSnapshot.GetAsync(host.Client, "/api/regions/330424/map");
        Assert.Equal(before + 1, haiyan["region"]!["monitored"]!.GetValue<int>());
    }

    /// <summary>The review reminder the previous version scheduled fires when the clock passes it: the class ages out.</summary>
    public static async Task PendingReminderFiresAsync(SiloHost host, UpgradeFixture fixture)
    {
        var ageing = fixture.AgesOut;
        var enterprise = await UpgradeSnapshot.GetAsync(host.Client, $"/api/enterprises/{ageing.Uscc}");
        Assert.Equal(ageing.ClassBefore, enterprise["class"]!.GetValue<string>());

        host.Clock.SetUtcNow(ageing.DueAt);
        try
        {
            await SiloHost.EventuallyAsync(async () =>
                (await UpgradeSnapshot.GetAsync(host.Client, $"/api/enterprises/{ageing.Uscc}"))["class"]!.GetValue<string>() == ageing.ClassAfter);
        }
        catch (TimeoutException)
        {
            Assert.Fail($"{ageing.Uscc} is not {ageing.ClassAfter} after {ageing.DueAt:O}: the review reminder the previous version scheduled did not fire.");
        }
        await host.SettleRegionsAsync();

        enterprise = await UpgradeSnapshot.GetAsync(host.Client, $"/api/enterprises/{ageing.Uscc}");
        Assert.Equal("aged-out", enterprise["history"]!.AsArray()[^1]!["trigger"]!.GetValue<string>());
        var county = enterprise["townCode"]!.GetValue<string>()[..6];
        var region = (await UpgradeSnapshot.GetAsync(host.Client, $"/api/regions/{county}/map"))["region"]!;
        Assert.Equal(0, region["highRisk"]!.GetValue<int>());
    }
}
