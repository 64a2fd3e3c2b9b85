using QualityMap.Grains.Reminders;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using QualityMap.Grains.Identity;
using QualityMap.Tests.EndToEnd;
using static QualityMap.Tests.EndToEnd.TestEvents;

namespace QualityMap.Tests.Warnings;

/// <summary>
/// Response deadlines over real HTTP on the injected clock, with the defaults (plan 15 days, rectification 90 days,
/// alert 3 days ahead): shown on the warning and its actions, alerted at the moment and not before, silent when the
/// step was taken in time, never twice, and still alerted after a restart.
/// </summary>
public sealed class DeadlineHttpTests : SiloTest
{
    private const string Nanhu = "330402";
    private const string Jianshe = "330402007";
    private const string Warning = "/api/warnings/330402-0001";
    private static readonly TimeSpan PlanDue = TimeSpan.FromDays(15);
    private static readonly TimeSpan AlertBefore = TimeSpan.FromDays(3);

    [Fact]
    public async Task APlanDeadlineIsShownAndAlertsTheCountyWhenItApproachesNotAMomentEarlierAndWhenItPassesOnceEach()
    {
        var raisedAt = await RaiseAsync();
        var due = raisedAt + PlanDue;
        var warning = await Host.GetJsonAsync(Warning);
        AssertDeadline(warning["deadline"], "awaiting_plan", "plan", due);
        var nanhu = Host.ClientWithKey(await Host.KeyForAsync("nanhu-bureau", Role.CountyBureau, Nanhu));
        var actions = (await nanhu.GetFromJsonAsync<JsonObject>($"{Warning}/actions"))!;
        AssertDeadline(actions["deadline"], "awaiting_plan", "plan", due);

        // Everything due one second early is delivered (the re-sends of the other alerts among it); none is a deadline's.
        Clock.SetUtcNow(due - AlertBefore - TimeSpan.FromSeconds(1));
        await OrleansReminders.DeliverDueAsync();
        await Host.SettleAsync();
        Assert.Empty(await DeadlineAlertsAsync(Host));

        Clock.Advance(TimeSpan.FromSeconds(1));
        var approaching = Assert.Single(await EventuallyAlertsAsync(Host, 1));
        Assert.Equal("deadline_approaching", approaching["kind"]!.GetValue<string>());
        Assert.Equal($"deadline:330402-0001:AwaitingPlan:{due.UtcTicks}:deadline_approaching", approaching["key"]!.GetValue<string>());
        Assert.Contains("提交整治方案", approaching["title"]!.GetValue<string>());
        Assert.Contains($"{due.ToOffset(TimeSpan.FromHours(8)):yyyy-MM-dd HH:mm}（北京时间）", approaching["detail"]!.GetValue<string>());

        Clock.SetUtcNow(due);
        var alerts = await EventuallyAlertsAsync(Host, 2);
        Assert.Equal(["deadline_approaching", "deadline_passed"], alerts.Select(a => a["kind"]!.GetValue<string>()));

        // Re-sends and escalations of these alerts follow; no deadline pages a second time.
        Clock.Advance(TimeSpan.FromDays(5));
        await OrleansReminders.DeliverDueAsync();
        await Host.SettleAsync();
        Assert.Equal(2, (await DeadlineAlertsAsync(Host)).Count);
        AssertDeadline((await Host.GetJsonAsync(Warning))["deadline"], "awaiting_plan", "plan", due);   // still owed
    }

    [Fact]
    public async Task AStepTakenInTimeSilencesItsDeadlineAndTheNextStageCarriesItsOwn()
    {
        var raisedAt = await RaiseAsync();
        var nanhu = Host.ClientWithKey(await Host.KeyForAsync("nanhu-bureau", Role.CountyBureau, Nanhu));
        var city = Host.ClientWithKey(Host.Credentials.CityKey);

        Clock.Advance(TimeSpan.FromDays(10));
        var filed = await PostAsync(nanhu, "plan", new { documentNo = "南市监〔2026〕1号", summary = "整治方案" });
        Assert.Null(filed["deadline"]);                                          // the city reviews: nothing owed by the county

        Clock.SetUtcNow(raisedAt + PlanDue + TimeSpan.FromDays(1));
        await Host.SettleAsync();
        Assert.Empty(await DeadlineAlertsAsync(Host));

        var approvedAt = Clock.GetUtcNow();
        var reviewed = await PostAsync(city, "plan-review", new { accepted = true, comment = "同意" });
        AssertDeadline(reviewed["deadline"], "rectifying", "acceptance-application", approvedAt + TimeSpan.FromDays(90));

        Clock.SetUtcNow(approvedAt + TimeSpan.FromDays(87));
        var approaching = Assert.Single(await EventuallyAlertsAsync(Host, 1));
        Assert.Contains("申请验收", approaching["title"]!.GetValue<string>());
        Assert.Contains(":Rectifying:", approaching["key"]!.GetValue<string>());
    }

    [Fact]
    public async Task ADeadlineReminderSurvivesARestart()
    {
        var due = await RaiseAsync() + PlanDue;
        await RestartAsync(whileStopped: () => Clock.SetUtcNow(due - AlertBefore));
        // A due time that came while no silo ran is read past due at start-up: Orleans delivers it at its next tick,
        // one retry period on (it skips missed ticks rather than firing them late).
        Clock.Advance(OneShotReminders.RetryPeriod);
        var approaching = Assert.Single(await EventuallyAlertsAsync(Host, 1));
        Assert.Equal("deadline_approaching", approaching["kind"]!.GetValue<string>());
        AssertDeadline((await Host.GetJsonAsync(Warning))["deadline"], "awaiting_plan", "plan", due);
    }

    private static void AssertDeadline(JsonNode? deadline, string stage, string step, DateTimeOffset due)
    {
        Assert.NotNull(deadline);
        Assert.Equal(stage, deadline["stage"]!.GetValue<string>());
        Assert.Equal(step, deadline["step"]!.GetValue<string>());
        Assert.Equal(due, deadline["dueAt"]!.GetValue<DateTimeOffset>());
    }

    /// <summary>1 of 10 enterprises of 建设街道 high-risk: 南湖区 turns orange and gets warning 330402-0001 now.</summary>
    private async Task<DateTimeOffset> RaiseAsync()
    {
        var usccs = Enumerable.Range(600, 10).Select(s => Uscc(s)).ToList();
        var day = Clock.GetUtcNow().AddDays(-1);
        (await Host.PostEventsAsync([.. usccs.Select(u => Registered(u, Jianshe, day.AddDays(-30)))])).EnsureSuccessStatusCode();
        (await Host.PostEventsAsync(Sampling(usccs[0], false, day))).EnsureSuccessStatusCode();
        await Host.SettleAsync();
        return (await Host.GetJsonAsync(Warning))["raisedAt"]!.GetValue<DateTimeOffset>();
    }

    private static async Task<JsonObject> PostAsync(HttpClient client, string step, object body)
    {
        var response = await client.PostAsJsonAsync($"{Warning}/{step}", body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{step}: {(int)response.StatusCode} {text}");
        return JsonNode.Parse(text)!.AsObject();
    }

    private static async Task<List<JsonNode>> DeadlineAlertsAsync(SiloHost host) =>
        [.. (await host.GetJsonArrayAsync($"/api/alerts/{Nanhu}")).Select(a => a!).Where(a => a["kind"]!.GetValue<string>().StartsWith("deadline_", StringComparison.Ordinal))];

    private static async Task<List<JsonNode>> EventuallyAlertsAsync(SiloHost host, int count)
    {
        List<JsonNode> alerts = [];
        await SiloHost.EventuallyAsync(async () => (alerts = await DeadlineAlertsAsync(host)).Count >= count);
        return alerts;
    }

}
