using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using QualityMap.Tests.EndToEnd;
using static QualityMap.Tests.EndToEnd.TestEvents;

namespace QualityMap.Tests.Supervision;

/// <summary>The closed loop through HTTP on a real SQLite file: plan, dispatch, field feedback, re-inspection, overdue.</summary>
public sealed class SupervisionLoopTests() : SiloTest(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero))
{
    private const string Nanhu = "330402";
    private const string Jianshe = "330402007";

    [Fact]
    public async Task AFailedFieldResultReclassifiesReplansAndCreatesAReinspectionThatTurnsOverdue()
    {
        var uscc = Uscc(8101, Nanhu);
        (await Host.PostEventsAsync(Registered(uscc, Jianshe, Clock.GetUtcNow().AddDays(-1)))).EnsureSuccessStatusCode();
        await Host.SettleAsync();
        var plan = await PlanAsync(uscc, p => Tasks(p).Count > 0);
        Assert.Equal("jiaxing", plan["scheme"]!.GetValue<string>());
        Assert.Equal(2, Tasks(plan).Count(t => Kind(t) == "sampling"));   // low-risk × grade 1: routine, 2 samplings
        var sampling = Tasks(plan).First(t => Kind(t) == "sampling");
        var taskId = sampling["id"]!.GetValue<string>();

        var response = await Host.Client.PostAsJsonAsync($"/api/supervision/enterprises/{uscc}/tasks/{taskId}/result",
            new { passed = false, findings = new[] { "导体电阻不合格" }, rectificationOrdered = true });
        response.EnsureSuccessStatusCode();
        var completion = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var reinspection = completion["reinspection"]!;
        Assert.Equal("reinspection", reinspection["kind"]!.GetValue<string>());
        Assert.Equal(taskId, reinspection["followsTaskId"]!.GetValue<string>());
        Assert.Equal(Clock.GetUtcNow().AddDays(30), reinspection["due"]!.GetValue<DateTimeOffset>());

        // The failed result was journaled like any event and made the enterprise high-risk…
        await Host.SettleAsync();
        var enterprise = await Host.GetJsonAsync($"/api/enterprises/{uscc}");
        Assert.Equal("high", enterprise["class"]!.GetValue<string>());
        Assert.Contains($"task-{taskId}", enterprise["reasons"]![0]!["evidenceEventIds"]!.AsArray().Select(e => e!.GetValue<string>()));
        // …which re-plans it strictly: 4 samplings of the grade-1 product this year (1 done + 3 open).
        plan = await PlanAsync(uscc, p => Tasks(p).Count(t => Kind(t) == "sampling") == 4);
        Assert.All(Tasks(plan).Where(t => Kind(t) == "sampling" && t["outcome"] is null), t => Assert.Equal("strict", t["mode"]!.GetValue<string>()));

        // The same feedback twice is refused.
        var again = await Host.Client.PostAsJsonAsync($"/api/supervision/enterprises/{uscc}/tasks/{taskId}/result",
            new { passed = false });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("urn:qualitymap:problem:task-already-completed", (await again.Content.ReadFromJsonAsync<JsonObject>())!["type"]!.GetValue<string>());

        // The county desk lists the re-inspection as dispatched now and, past its deadline, as overdue.
        var dispatched = await CountyTasksAsync(Nanhu, "", arr => arr.Any(t => Id(t!) == Id(reinspection)));
        Assert.All(dispatched, t => Assert.Contains(t!["status"]!.GetValue<string>(), new[] { "dispatched", "overdue" }));
        Clock.Advance(TimeSpan.FromDays(31));
        var overdue = await Host.GetJsonArrayAsync($"/api/supervision/counties/{Nanhu}/tasks?status=overdue");
        Assert.Contains(overdue, t => Id(t!["task"]!) == Id(reinspection));
        var report = await Host.GetJsonAsync($"/api/supervision/counties/{Nanhu}/report");
        Assert.Equal(overdue.Count, report["overdue"]!.GetValue<int>());
        Assert.Equal(1, report["done"]!.GetValue<int>());
        Assert.Equal(1, report["highRiskEnterprises"]!.GetValue<int>());
        Assert.Equal(1, report["highRiskCovered"]!.GetValue<int>());
    }

    [Fact]
    public async Task TheCatalogueImportsFromCsvAndARiskAlertRaisesAGradeAndReplans()
    {
        var csv = "category,code,name,grade\n电工及材料,0801,电线电缆,1\n日用品,1203,灯具,3\n";
        var import = await Host.Client.PostAsync("/api/supervision/catalogue/import", new StringContent(csv, Encoding.UTF8, "text/csv"));
        import.EnsureSuccessStatusCode();
        Assert.Equal(2, (await import.Content.ReadFromJsonAsync<JsonObject>())!["changed"]!.GetValue<int>());

        var uscc = Uscc(8102, Nanhu);
        var registered = new
        {
            eventId = NewId("reg"), kind = "enterprise_registered", uscc, occurredAt = Clock.GetUtcNow().AddDays(-1),
            name = "测试灯具有限公司", townCode = Jianshe, products = new[] { new { code = "1203", name = "灯具", grade = 3 } },
        };
        (await Host.PostEventsAsync(registered)).EnsureSuccessStatusCode();
        await Host.SettleAsync();
        await PlanAsync(uscc, p => Tasks(p).Count(t => Kind(t) == "sampling") == 1);   // low × grade 3: 1 sampling

        var raise = await Host.Client.PostAsJsonAsync("/api/supervision/catalogue/1203/raise",
            new { grade = 1, until = Clock.GetUtcNow().AddDays(90), reason = "国外召回通报" });
        raise.EnsureSuccessStatusCode();
        await PlanAsync(uscc, p => Tasks(p).Count(t => Kind(t) == "sampling") == 2);   // low × grade 1: 2 samplings

        var audit = await Host.GetJsonArrayAsync("/api/supervision/catalogue/audit");
        Assert.Equal(["import", "raise"], audit.Select(a => a!["action"]!.GetValue<string>()));
        Assert.All(audit, a => Assert.Equal("test-city", a!["by"]!["actorId"]!.GetValue<string>()));

        var bad = await Host.Client.PostAsync("/api/supervision/catalogue/import", new StringContent("category,code,name,grade\n日用品,1,灯具,4\n", Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        Assert.Contains("第2行", (await bad.Content.ReadFromJsonAsync<JsonObject>())!["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task UnknownTasksAndCountiesAreProblemDetails()
    {
        var uscc = Uscc(8103, Nanhu);
        var task = await Host.Client.PostAsJsonAsync($"/api/supervision/enterprises/{uscc}/tasks/nope/result", new { passed = true });
        Assert.Equal(HttpStatusCode.NotFound, task.StatusCode);
        Assert.Equal("urn:qualitymap:problem:unknown-task", (await task.Content.ReadFromJsonAsync<JsonObject>())!["type"]!.GetValue<string>());
        var county = await Host.Client.GetAsync("/api/supervision/counties/999999/report");
        Assert.Equal(HttpStatusCode.NotFound, county.StatusCode);
    }

    private async Task<JsonObject> PlanAsync(string uscc, Func<JsonObject, bool> condition)
    {
        JsonObject? plan = null;
        await SiloHost.EventuallyAsync(async () =>
        {
            var response = await Host.Client.GetAsync($"/api/supervision/enterprises/{uscc}");
            if (!response.IsSuccessStatusCode) return false;
            plan = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
            return condition(plan);
        });
        return plan!;
    }

    private async Task<JsonArray> CountyTasksAsync(string county, string query, Func<JsonArray, bool> condition)
    {
        JsonArray? tasks = null;
        await SiloHost.EventuallyAsync(async () =>
        {
            tasks = await Host.GetJsonArrayAsync($"/api/supervision/counties/{county}/tasks{query}");
            return condition(new JsonArray([.. tasks.Select(t => t!["task"]!.DeepClone())]));
        });
        return tasks!;
    }

    private static List<JsonNode> Tasks(JsonObject plan) => [.. plan["tasks"]!.AsArray().Select(t => t!["task"]!)];

    private static string Kind(JsonNode task) => task["kind"]!.GetValue<string>();

    private static string Id(JsonNode task) => task["id"]!.GetValue<string>();
}
