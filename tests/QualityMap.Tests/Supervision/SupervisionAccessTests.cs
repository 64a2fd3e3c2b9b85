using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using QualityMap.Grains.Identity;
using QualityMap.Tests.EndToEnd;
using static QualityMap.Tests.EndToEnd.TestEvents;

namespace QualityMap.Tests.Supervision;

/// <summary>
/// Who may do what on <c>/api/supervision</c>: the catalogue is the city bureau's; a county bureau reads and completes
/// only its own county's tasks; every change is audited with the signed-in account and role, never a body's name.
/// </summary>
public sealed class SupervisionAccessTests() : SiloTest(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero))
{
    private const string Nanhu = "330402";
    private const string Xiuzhou = "330411";
    private const string Jianshe = "330402007";
    private HttpClient _nanhu = null!;
    private HttpClient _xiuzhou = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _nanhu = Host.ClientWithKey(await Host.KeyForAsync("nanhu-officer", Role.CountyBureau, Nanhu));
        _xiuzhou = Host.ClientWithKey(await Host.KeyForAsync("xiuzhou-officer", Role.CountyBureau, Xiuzhou));
    }

    [Fact]
    public async Task ACountyBureauCompletesItsOwnTaskInItsOwnNameAndReachesNoOtherCounty()
    {
        var uscc = Uscc(8301, Nanhu);
        var taskId = await FirstSamplingAsync(uscc);
        var result = $"/api/supervision/enterprises/{uscc}/tasks/{taskId}/result";

        await AssertOutOfScopeAsync(await _xiuzhou.GetAsync($"/api/supervision/enterprises/{uscc}"), "uscc");
        await AssertOutOfScopeAsync(await _xiuzhou.PostAsJsonAsync(result, new { passed = true }), "uscc");
        await AssertOutOfScopeAsync(await _xiuzhou.GetAsync($"/api/supervision/counties/{Nanhu}/tasks"), "county");
        await AssertOutOfScopeAsync(await _xiuzhou.GetAsync($"/api/supervision/counties/{Nanhu}/report"), "county");

        var named = await _nanhu.PostAsJsonAsync(result, new { passed = true, by = "someone-else" });
        Assert.Equal(HttpStatusCode.BadRequest, named.StatusCode);
        var problem = (await named.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("by", problem["field"]!.GetValue<string>());
        Assert.Equal("actor-from-sign-in", problem["rule"]!.GetValue<string>());

        var done = await _nanhu.PostAsJsonAsync(result, new { passed = true, findings = new[] { "抽样合格" } });
        done.EnsureSuccessStatusCode();
        var by = (await done.Content.ReadFromJsonAsync<JsonObject>())!["task"]!["outcome"]!["by"]!;
        Assert.Equal("nanhu-officer", by["actorId"]!.GetValue<string>());
        Assert.Equal("county_bureau", by["role"]!.GetValue<string>());
        (await _nanhu.GetAsync($"/api/supervision/counties/{Nanhu}/report")).EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task OnlyTheCityBureauChangesTheCatalogueAndTheAuditNamesTheSignedInAccount()
    {
        var csv = new StringContent("category,code,name,grade\n日用品,1203,灯具,3\n", Encoding.UTF8, "text/csv");
        await AssertCityOnlyAsync(await _nanhu.PostAsync("/api/supervision/catalogue/import", csv));
        await AssertCityOnlyAsync(await _nanhu.PutAsJsonAsync("/api/supervision/catalogue/1203", new { category = "日用品", name = "灯具", grade = 2 }));
        await AssertCityOnlyAsync(await _nanhu.PostAsJsonAsync("/api/supervision/catalogue/1203/raise",
            new { grade = 1, until = Clock.GetUtcNow().AddDays(30), reason = "召回通报" }));

        var named = await Host.Client.PostAsync("/api/supervision/catalogue/import?by=市局-李四",
            new StringContent("category,code,name,grade\n日用品,1203,灯具,3\n", Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.BadRequest, named.StatusCode);
        var edit = await Host.Client.PutAsJsonAsync("/api/supervision/catalogue/1203", new { category = "日用品", name = "灯具", grade = 2, by = "市局-李四" });
        Assert.Equal(HttpStatusCode.BadRequest, edit.StatusCode);
        (await Host.Client.PutAsJsonAsync("/api/supervision/catalogue/1203", new { category = "日用品", name = "灯具", grade = 2 })).EnsureSuccessStatusCode();

        var audit = await Host.GetJsonArrayAsync("/api/supervision/catalogue/audit");
        var entry = Assert.Single(audit)!;
        Assert.Equal("test-city", entry["by"]!["actorId"]!.GetValue<string>());
        Assert.Equal("city_bureau", entry["by"]!["role"]!.GetValue<string>());
        (await _nanhu.GetAsync("/api/supervision/catalogue")).EnsureSuccessStatusCode();   // reading is for every bureau
    }

    private async Task<string> FirstSamplingAsync(string uscc)
    {
        (await Host.PostEventsAsync(Registered(uscc, Jianshe, Clock.GetUtcNow().AddDays(-1)))).EnsureSuccessStatusCode();
        await Host.SettleAsync();
        string? id = null;
        await SiloHost.EventuallyAsync(async () =>
        {
            var response = await _nanhu.GetAsync($"/api/supervision/enterprises/{uscc}");
            if (!response.IsSuccessStatusCode) return false;
            id = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["tasks"]!.AsArray()
                .Select(t => t!["task"]!).FirstOrDefault(t => t["kind"]!.GetValue<string>() == "sampling")?["id"]!.GetValue<string>();
            return id is not null;
        });
        return id!;
    }

    private static async Task AssertOutOfScopeAsync(HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("urn:qualitymap:problem:out-of-scope", problem["type"]!.GetValue<string>());
        Assert.Equal(field, problem["field"]!.GetValue<string>());
    }

    private static async Task AssertCityOnlyAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("city-bureau-only", (await response.Content.ReadFromJsonAsync<JsonObject>())!["rule"]!.GetValue<string>());
    }
}
