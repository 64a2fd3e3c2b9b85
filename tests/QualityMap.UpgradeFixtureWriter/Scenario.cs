using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using QualityMap.Grains.Enterprises;
using QualityMap.Tests.EndToEnd;
using QualityMap.Tests.Upgrade;

namespace QualityMap.UpgradeFixtureWriter;

/// <summary>
/// A day of the service as a client sees it, the same on every run (fixed clock, seeds and event ids): enterprises
/// in three counties, two counties turned red (two formal warnings), three steps of one warning's workflow, an
/// acknowledged alert, a county person with a password and a session, API keys (one revoked), a code-signing key
/// rotation with a code printed under each key, and a failed sampling that ages out a month later.
/// </summary>
public static class Scenario
{
    public static readonly DateTimeOffset Instant = new(2026, 11, 20, 8, 0, 0, TimeSpan.Zero);

    private const string Nanhu = "330402", Jianshe = "330402007";            // 建设街道, 南湖区
    private const string Xiuzhou = "330411", Wangjiangjing = "330411101";    // 王江泾镇, 秀洲区
    private const string Haiyan = "330424", HaiyanTown = "330424001";
    private const string CountyPassword = "nanhu-chief-passphrase";
    private const string Licence = "XK06-001-00001";

    public static async Task<UpgradeFixture> RunAsync(SiloHost host, string writtenBy)
    {
        var city = host.Client;
        var nanhu = Enumerable.Range(1701, 10).Select(s => Uscc(s, Nanhu)).ToArray();
        var xiuzhou = Enumerable.Range(1801, 4).Select(s => Uscc(s, Xiuzhou)).ToArray();
        var haiyan = Enumerable.Range(1901, 3).Select(s => Uscc(s, Haiyan)).ToArray();

        await PostAsync(city, "/api/admin/accounts", new { id = "nanhu-chief", displayName = "南湖区市场监管局质量科", role = "county_bureau", regionCode = Nanhu, password = CountyPassword });
        await PostAsync(city, "/api/admin/accounts", new { id = "haiyan-feed", displayName = "海盐县数据接入", role = "ingest_client", regionCode = UpgradeSnapshot.City });
        var countyKey = await NewKeyAsync(city, "nanhu-chief", "desk");
        var ingestKey = await NewKeyAsync(city, "haiyan-feed", "feed");
        var revokedKey = await NewKeyAsync(city, "haiyan-feed", "old feed");
        (await city.DeleteAsync($"/api/admin/api-keys/{revokedKey.KeyId}")).EnsureSuccessStatusCode();

        // Registrations, some through the county feed's own key; Xiuzhou's enterprises are older than a year.
        await EventsAsync(host, city, [.. nanhu.Select((u, i) => Registered($"fx-reg-nanhu-{i}", u, Jianshe, Instant.AddDays(-30)))]);
        await EventsAsync(host, city, [.. xiuzhou.Select((u, i) => Registered($"fx-reg-xiuzhou-{i}", u, Wangjiangjing, Instant.AddDays(-400)))]);
        await EventsAsync(host, host.ClientWithKey(ingestKey.Key), [.. haiyan.Select((u, i) => Registered($"fx-reg-haiyan-{i}", u, HaiyanTown, Instant.AddDays(-30)))]);
        await EventsAsync(host, host.ClientWithKey(ingestKey.Key), Sampling("fx-smp-haiyan-0", haiyan[0], passed: true, Instant.AddDays(-2)));

        // Nanhu: orange (1 of 10), then red (2 of 10): warning 330402-0001. Xiuzhou: 1 of 4 red, from a sampling that
        // ages out in a month (12 months after it), so its review reminder is pending when the fixture is written.
        await EventsAsync(host, city, Sampling("fx-smp-nanhu-0", nanhu[0], passed: false, Instant.AddDays(-1)));
        await EventsAsync(host, city, Sampling("fx-smp-nanhu-1", nanhu[1], passed: false, Instant.AddDays(-1)));
        var agedSampling = Instant.AddDays(-335);
        await EventsAsync(host, city, Sampling("fx-smp-xiuzhou-0", xiuzhou[0], passed: false, agedSampling));

        // The workflow of Nanhu's warning: the county files a plan, the city accepts it, the county investigates.
        var county = host.ClientWithKey(countyKey.Key);
        const string warning = "/api/warnings/330402-0001";
        await PostAsync(county, $"{warning}/plan", new { documentNo = "南市监〔2026〕1号", summary = "整治方案" });
        await PostAsync(city, $"{warning}/plan-review", new { accepted = true, comment = "同意" });
        await PostAsync(county, $"{warning}/investigations", new { enterprisesInvestigated = 10, summary = "排查辖区10家生产企业" });
        await host.SettleAsync();

        var raised = (await UpgradeSnapshot.GetAsync(county, $"/api/alerts/{Nanhu}")).AsArray().First(a => a!["kind"]!.GetValue<string>() == "warning_raised")!;
        await PostAsync(county, $"/api/alerts/{Nanhu}/{raised["id"]!.GetValue<string>()}/acknowledgement", null);

        var before = await Codes.PrintAsync(host, nanhu[2]);
        (await city.PostAsync("/api/admin/code-signing-keys", null)).EnsureSuccessStatusCode();
        var after = await Codes.PrintAsync(host, nanhu[3]);

        var (cookie, me) = await SignInAsync(host, "nanhu-chief", CountyPassword);
        await host.SettleAsync();

        string[] regions = [UpgradeSnapshot.City, Nanhu, Xiuzhou, Haiyan];
        string[] usccs = [.. nanhu, .. xiuzhou, .. haiyan];
        var snapshot = await UpgradeSnapshot.TakeAsync(city, regions, usccs);
        var aged = snapshot["enterprises"]![xiuzhou[0]]!;
        return new UpgradeFixture
        {
            WrittenBy = writtenBy,
            Instant = Instant,
            Regions = regions,
            Usccs = usccs,
            CountyPerson = new("nanhu-chief", CountyPassword, me["role"]!.GetValue<string>(), me["regionCode"]!.GetValue<string>()),
            CountyKey = countyKey,
            IngestKey = ingestKey,
            RevokedKey = revokedKey,
            SessionCookie = cookie,
            Codes = [before, after],
            AgesOut = new(xiuzhou[0], aged["reviewAt"]!.GetValue<DateTimeOffset>(), aged["class"]!.GetValue<string>(), "low"),
            Snapshot = snapshot,
        };
    }

    private static string Uscc(int seed, string county) => UnifiedSocialCreditCode.Generate(new Random(seed), county);

    private static object Registered(string id, string uscc, string town, DateTimeOffset at) => new
    {
        eventId = id,
        kind = "enterprise_registered",
        uscc,
        occurredAt = at,
        name = $"嘉兴升级测试企业{uscc[^6..]}有限公司",
        townCode = town,
        products = new[] { new { code = "0801", name = "电线电缆", grade = 1 } },
        licenceNo = Licence,
    };

    private static object Sampling(string id, string uscc, bool passed, DateTimeOffset at) => new
    {
        eventId = id,
        kind = "sampling_result",
        uscc,
        occurredAt = at,
        batchNo = $"CC-{id}",
        productCode = "0801",
        passed,
    };

    /// <summary>Posts one batch and waits until the map has taken it in, so that the next step sees its effect.</summary>
    private static async Task EventsAsync(SiloHost host, HttpClient client, params object[] events)
    {
        var result = await PostAsync(client, "/api/events", new { events });
        if (result["accepted"]!.GetValue<int>() != events.Length) throw new InvalidOperationException($"Not every event was accepted: {result}");
        await host.SettleAsync();
    }

    private static async Task<FixtureKey> NewKeyAsync(HttpClient city, string account, string label)
    {
        var created = await PostAsync(city, $"/api/admin/accounts/{account}/api-keys", new { label });
        return new(account, created["record"]!["keyId"]!.GetValue<string>(), created["key"]!.GetValue<string>());
    }

    /// <summary>Signs in as a browser does: the Cookie header it would send from then on, and who the service says it is.</summary>
    private static async Task<(string Cookie, JsonNode Me)> SignInAsync(SiloHost host, string login, string password)
    {
        using var browser = host.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        var response = await browser.PostAsJsonAsync("/api/session", new { login, password });
        response.EnsureSuccessStatusCode();
        var cookie = string.Join("; ", response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        return (cookie, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    public static async Task<JsonNode> PostAsync(HttpClient client, string path, object? body)
    {
        var response = body is null ? await client.PostAsync(path, null) : await client.PostAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new HttpRequestException($"POST {path}: {(int)response.StatusCode} {text}");
        return text.Length == 0 ? new JsonObject() : JsonNode.Parse(text)!;
    }
}
