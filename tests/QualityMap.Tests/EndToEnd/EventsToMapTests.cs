using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using static QualityMap.Tests.EndToEnd.TestEvents;

namespace QualityMap.Tests.EndToEnd;

/// <summary>Events in through HTTP, classes and colours out, on a real SQLite file.</summary>
public sealed class EventsToMapTests : SiloTest
{
    private const string Nanhu = "330402";
    private const string Jianshe = "330402007";   // 建设街道
    private const string Jiefang = "330402008";   // 解放街道

    private DateTimeOffset Yesterday => Clock.GetUtcNow().AddDays(-1);

    [Fact]
    public async Task FailedSamplingsColourTownCountyAndCityAndRaiseThenEscalateTheCountyWarning()
    {
        var usccs = await RegisterAsync(Jianshe, 10, seed: 100).ContinueWith(t => t.Result);
        usccs.AddRange(await RegisterAsync(Jiefang, 10, seed: 200));

        (await Host.PostEventsAsync(Sampling(usccs[0], false, Yesterday), Sampling(usccs[1], false, Yesterday))).EnsureSuccessStatusCode();
        await Host.SettleAsync();

        var nanhu = await Host.GetJsonAsync($"/api/regions/{Nanhu}/map");
        var jianshe = Child(nanhu, Jianshe);
        Assert.Equal("red", jianshe["colour"]!.GetValue<string>());          // 2 of 10 = exactly 20 %
        Assert.Equal("红色：10家监测企业中2家为高风险（20%）", jianshe["reason"]!.GetValue<string>());
        Assert.Equal("green", Child(nanhu, Jiefang)["colour"]!.GetValue<string>());
        Assert.Equal("orange", nanhu["region"]!["colour"]!.GetValue<string>()); // 2 of 20 = exactly 10 %
        var city = await Host.GetJsonAsync("/api/regions/330400/map");
        Assert.Equal("orange", Child(city, Nanhu)["colour"]!.GetValue<string>());
        Assert.Equal("no_data", Child(city, "330411")["colour"]!.GetValue<string>());
        Assert.Equal(2, city["region"]!["highRisk"]!.GetValue<int>());

        var warnings = await Host.GetJsonArrayAsync($"/api/regions/{Nanhu}/warnings");
        var warning = Assert.Single(warnings)!;
        Assert.Equal("330402-0001", warning["id"]!.GetValue<string>());
        Assert.Equal("orange", warning["level"]!.GetValue<string>());
        Assert.Equal("open", warning["status"]!.GetValue<string>());
        Assert.Equal("330402-0001", Child(city, Nanhu)["openWarning"]!["id"]!.GetValue<string>());

        (await Host.PostEventsAsync(Sampling(usccs[10], false, Yesterday), Sampling(usccs[11], false, Yesterday))).EnsureSuccessStatusCode();
        await Host.SettleAsync();

        warnings = await Host.GetJsonArrayAsync($"/api/regions/{Nanhu}/warnings");
        warning = Assert.Single(warnings)!;                                  // escalated, not a second warning
        Assert.Equal("red", warning["level"]!.GetValue<string>());
        Assert.Equal(["raised", "escalated"], warning["history"]!.AsArray().Select(h => h!["action"]!.GetValue<string>()));
        Assert.Equal("red", (await Host.GetJsonAsync($"/api/regions/{Nanhu}/map"))["region"]!["colour"]!.GetValue<string>());
    }

    [Fact]
    public async Task EnterpriseShowsItsClassReasonsEvidenceAndHistory()
    {
        var uscc = (await RegisterAsync(Jianshe, 1, seed: 300))[0];
        var failed = Sampling(uscc, false, Yesterday, id: "smp-evidence-1");
        (await Host.PostEventsAsync(failed)).EnsureSuccessStatusCode();
        await Host.SettleAsync();

        var enterprise = await Host.GetJsonAsync($"/api/enterprises/{uscc}");
        Assert.Equal("high", enterprise["class"]!.GetValue<string>());
        var reason = Assert.Single(enterprise["reasons"]!.AsArray())!;
        Assert.Equal("failed-sampling", reason["rule"]!.GetValue<string>());
        Assert.Equal(["smp-evidence-1"], reason["evidenceEventIds"]!.AsArray().Select(e => e!.GetValue<string>()));
        Assert.Equal(Yesterday.AddMonths(12), reason["until"]!.GetValue<DateTimeOffset>());
        Assert.Equal(["low", "high"], enterprise["history"]!.AsArray().Select(h => h!["class"]!.GetValue<string>()));
        Assert.Equal("smp-evidence-1", enterprise["history"]![1]!["trigger"]!.GetValue<string>());
    }

    [Fact]
    public async Task SameBatchTwiceLeavesTheSameStateAndAnswersDuplicate()
    {
        var uscc = Uscc(400);
        object[] batch = [Registered(uscc, Jianshe, Yesterday), Sampling(uscc, false, Yesterday)];
        var first = await (await Host.PostEventsAsync(batch)).Content.ReadFromJsonAsync<JsonObject>();
        await Host.SettleAsync();
        var mapAfterFirst = await Host.MapAsync(Nanhu);
        var enterpriseAfterFirst = (await Host.GetJsonAsync($"/api/enterprises/{uscc}")).ToJsonString();
        var journalAfterFirst = await Host.JournalLengthAsync();

        var second = await Host.PostEventsAsync(batch);
        await Host.SettleAsync();

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var body = (await second.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(2, first!["accepted"]!.GetValue<int>());
        Assert.Equal(2, body["duplicates"]!.GetValue<int>());
        Assert.All(body["results"]!.AsArray(), r => Assert.Equal("duplicate", r!["status"]!.GetValue<string>()));
        Assert.Equal(journalAfterFirst, await Host.JournalLengthAsync());
        Assert.Equal(mapAfterFirst, await Host.MapAsync(Nanhu));
        Assert.Equal(enterpriseAfterFirst, (await Host.GetJsonAsync($"/api/enterprises/{uscc}")).ToJsonString());
    }

    [Fact]
    public async Task ReusedEventIdWithDifferentContentIsRejected()
    {
        var uscc = (await RegisterAsync(Jianshe, 1, seed: 500))[0];
        (await Host.PostEventsAsync(Sampling(uscc, true, Yesterday, id: "smp-reused"))).EnsureSuccessStatusCode();

        var response = await Host.PostEventsAsync(Sampling(uscc, false, Yesterday, id: "smp-reused"));

        var error = await SingleErrorAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Equal(("eventId", "event-id-reused"), error);
    }

    [Fact]
    public async Task EventForAnUnregisteredEnterpriseIsRejected()
    {
        var response = await Host.PostEventsAsync(Sampling(Uscc(600), false, Yesterday));

        Assert.Equal(("uscc", "unknown-enterprise"), await SingleErrorAsync(response, HttpStatusCode.UnprocessableEntity));
        Assert.Equal(0, await Host.JournalLengthAsync());
    }

    [Fact]
    public async Task PartlyValidBatchStoresTheValidItemsAndNamesTheRejectedOnes()
    {
        var uscc = Uscc(700);
        var response = await Host.PostEventsAsync(
            Registered(uscc, Jianshe, Yesterday),
            Registered(Uscc(701), "330402", Yesterday));           // a county is not a town

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal((1, 1), (body["accepted"]!.GetValue<int>(), body["rejected"]!.GetValue<int>()));
        var rejected = body["results"]![1]!;
        Assert.Equal(1, rejected["index"]!.GetValue<int>());
        Assert.Equal("not-a-town", rejected["errors"]![0]!["rule"]!.GetValue<string>());
        Assert.Equal(1, await Host.JournalLengthAsync());
    }

    [Fact]
    public async Task UnknownRegionEnterpriseAndWarningAreProblemDetails()
    {
        await AssertProblemAsync("/api/regions/999999/map", HttpStatusCode.NotFound, "urn:qualitymap:problem:unknown-region");
        await AssertProblemAsync($"/api/enterprises/{Uscc(800)}", HttpStatusCode.NotFound, "urn:qualitymap:problem:unknown-enterprise");
        await AssertProblemAsync("/api/enterprises/91330402MA2BIIIII0", HttpStatusCode.BadRequest, "urn:qualitymap:problem:invalid-uscc");
        await AssertProblemAsync("/api/warnings/330402-9999", HttpStatusCode.NotFound, "urn:qualitymap:problem:unknown-warning");
    }

    private async Task AssertProblemAsync(string path, HttpStatusCode status, string type)
    {
        var response = await Host.Client.GetAsync(path);
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(type, problem["type"]!.GetValue<string>());
    }

    private async Task<List<string>> RegisterAsync(string town, int count, int seed)
    {
        var usccs = Enumerable.Range(seed, count).Select(s => Uscc(s)).ToList();
        var response = await Host.PostEventsAsync([.. usccs.Select(u => Registered(u, town, Yesterday.AddDays(-30)))]);
        response.EnsureSuccessStatusCode();
        return usccs;
    }

    private static async Task<(string Field, string Rule)> SingleErrorAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        var error = Assert.Single(Assert.Single(body["results"]!.AsArray())!["errors"]!.AsArray())!;
        return (error["field"]!.GetValue<string>(), error["rule"]!.GetValue<string>());
    }

    private static JsonNode Child(JsonObject map, string code) =>
        map["children"]!.AsArray().Single(c => c!["code"]!.GetValue<string>() == code)!;
}
