using System.Text.Json.Nodes;
using QualityMap.Grains.Supervision;
using QualityMap.Tests.EndToEnd;
using static QualityMap.Tests.EndToEnd.TestEvents;

namespace QualityMap.Tests.Supervision;

/// <summary>
/// Dispatch as live alerts on the injected clock: each county bureau gets one digest a day (08:00 China time) of the
/// tasks dispatched to it, and one of those that became overdue, since the digest before; a task is in the first
/// digest after its moment, not before, once, and never in another county's. A digest due while no silo ran comes at
/// start-up, and a restart does not send one twice.
/// </summary>
public sealed class TaskAlertTests() : SiloTest(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero))
{
    private const string Nanhu = "330402";
    private const string Xiuzhou = "330411";
    private static readonly SupervisionOptions Defaults = new();

    [Fact]
    public async Task ATaskIsInItsCountysFirstDigestAfterItIsDispatchedAndAfterItIsOverdueOnceEach()
    {
        var (nanhu, xiuzhou) = await RegisterTwoAsync();
        var task = await LaterTaskAsync(nanhu);
        var id = task["id"]!.GetValue<string>();
        var due = task["due"]!.GetValue<DateTimeOffset>();
        var dispatchDigest = FirstDigestAtOrAfter(due.AddDays(-Defaults.DispatchLeadDays));
        var overdueDigest = FirstDigestAtOrAfter(due.AddTicks(1));

        Clock.SetUtcNow(dispatchDigest.AddSeconds(-1));
        await Task.Delay(500);
        Assert.DoesNotContain(await TaskAlertsAsync(Nanhu), a => Names(a, id));

        Clock.SetUtcNow(dispatchDigest);
        var dispatched = await EventuallyOneAsync(Nanhu, TaskDigestRules.KeyOf(dispatchDigest, SupervisionTaskStatus.Dispatched));
        Assert.Equal("task_dispatched", dispatched["kind"]!.GetValue<string>());
        Assert.Equal(dispatchDigest, dispatched["raisedAt"]!.GetValue<DateTimeOffset>());
        Assert.True(Names(dispatched, id), "the digest names the task");
        Assert.Contains(nanhu, dispatched["detail"]!.GetValue<string>());

        Clock.SetUtcNow(overdueDigest.AddSeconds(-1));
        await Task.Delay(500);
        Assert.DoesNotContain(await TaskAlertsAsync(Nanhu), a => a["kind"]!.GetValue<string>() == "task_overdue" && Names(a, id));
        Clock.SetUtcNow(overdueDigest);
        var overdue = await EventuallyOneAsync(Nanhu, TaskDigestRules.KeyOf(overdueDigest, SupervisionTaskStatus.Overdue));
        Assert.Equal("task_overdue", overdue["kind"]!.GetValue<string>());
        Assert.Contains("逾期", overdue["title"]!.GetValue<string>());
        Assert.True(Names(overdue, id), "the digest names the task");

        // Later digests page neither again; the other county hears only of its own.
        Clock.Advance(TimeSpan.FromDays(3));
        await Host.SettleAsync();
        var all = await TaskAlertsAsync(Nanhu);
        Assert.Single(all, a => a["kind"]!.GetValue<string>() == "task_dispatched" && Names(a, id));
        Assert.Single(all, a => a["kind"]!.GetValue<string>() == "task_overdue" && Names(a, id));
        Assert.All(all, a => Assert.DoesNotContain(xiuzhou, a["detail"]!.GetValue<string>()));
        var other = await TaskAlertsAsync(Xiuzhou);
        Assert.NotEmpty(other);
        Assert.All(other, a => Assert.DoesNotContain(nanhu, a["detail"]!.GetValue<string>()));
    }

    [Fact]
    public async Task ADigestDueWhileNoSiloRanComesAtStartUpAndARestartDoesNotSendItTwice()
    {
        var (nanhu, _) = await RegisterTwoAsync();
        var task = await LaterTaskAsync(nanhu);
        var id = task["id"]!.GetValue<string>();
        var digest = FirstDigestAtOrAfter(task["due"]!.GetValue<DateTimeOffset>().AddDays(-Defaults.DispatchLeadDays));
        var key = TaskDigestRules.KeyOf(digest, SupervisionTaskStatus.Dispatched);
        Clock.SetUtcNow(digest.AddMinutes(-1));
        await Host.SettleAsync();

        await RestartAsync(whileStopped: () => Clock.SetUtcNow(digest.AddHours(1)));
        var sent = await EventuallyOneAsync(Nanhu, key);
        Assert.True(Names(sent, id), "the digest names the task");

        await RestartAsync();
        await Host.SettleAsync();
        await Task.Delay(500);
        Assert.Single(await TaskAlertsAsync(Nanhu), a => a["key"]!.GetValue<string>() == key);
    }

    private async Task<(string Nanhu, string Xiuzhou)> RegisterTwoAsync()
    {
        var nanhu = Uscc(8501, Nanhu);
        var xiuzhou = Uscc(8502, Xiuzhou);
        (await Host.PostEventsAsync(Registered(nanhu, "330402007", Clock.GetUtcNow().AddDays(-1)),
            Registered(xiuzhou, "330411002", Clock.GetUtcNow().AddDays(-1)))).EnsureSuccessStatusCode();
        await Host.SettleAsync();
        return (nanhu, xiuzhou);
    }

    private static DateTimeOffset FirstDigestAtOrAfter(DateTimeOffset at) =>
        TaskDigestRules.LatestDigestAt(at, Defaults) == at ? at : TaskDigestRules.NextDigestAt(at, Defaults);

    private static bool Names(JsonNode alert, string taskId) => alert["detail"]!.GetValue<string>().Contains($"任务{taskId}", StringComparison.Ordinal);

    // A task of the enterprise that is not dispatched yet when it is planned.
    private async Task<JsonNode> LaterTaskAsync(string uscc)
    {
        JsonNode? task = null;
        await SiloHost.EventuallyAsync(async () =>
        {
            var response = await Host.Client.GetAsync($"/api/supervision/enterprises/{uscc}");
            if (!response.IsSuccessStatusCode) return false;
            task = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["tasks"]!.AsArray()
                .Where(t => t!["status"]!.GetValue<string>() == "planned").Select(t => t!["task"]!)
                .OrderBy(t => t["due"]!.GetValue<DateTimeOffset>()).FirstOrDefault();
            return task is not null;
        });
        return task!;
    }

    private async Task<List<JsonNode>> TaskAlertsAsync(string county) =>
        [.. (await Host.GetJsonArrayAsync($"/api/alerts/{county}?since=0")).Select(a => a!).Where(a => a["key"]!.GetValue<string>().StartsWith("tasks:", StringComparison.Ordinal))];

    private async Task<JsonNode> EventuallyOneAsync(string county, string key)
    {
        JsonNode? alert = null;
        await SiloHost.EventuallyAsync(async () =>
        {
            alert = (await TaskAlertsAsync(county)).SingleOrDefault(a => a["key"]!.GetValue<string>() == key);
            return alert is not null;
        });
        return alert!;
    }
}
