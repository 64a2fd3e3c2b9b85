using System.Text.Json.Nodes;
using QualityMap.Tests.EndToEnd;
using static QualityMap.Tests.EndToEnd.TestEvents;

namespace QualityMap.Tests.Supervision;

/// <summary>
/// Dispatch as live alerts on the injected clock: a task is pushed to its own county bureau at the moment it becomes
/// dispatched and again at the moment it becomes overdue, not before, once each, and never to another county.
/// </summary>
public sealed class TaskAlertTests() : SiloTest(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero))
{
    private const string Nanhu = "330402";
    private const string Xiuzhou = "330411";

    [Fact]
    public async Task ATaskIsAlertedToItsCountyWhenItIsDispatchedAndWhenItIsOverdueOnceEach()
    {
        var nanhu = Uscc(8501, Nanhu);
        var xiuzhou = Uscc(8502, Xiuzhou);
        (await Host.PostEventsAsync(Registered(nanhu, "330402007", Clock.GetUtcNow().AddDays(-1)),
            Registered(xiuzhou, "330411002", Clock.GetUtcNow().AddDays(-1)))).EnsureSuccessStatusCode();
        await Host.SettleAsync();
        var task = await LaterTaskAsync(nanhu);
        var id = task["id"]!.GetValue<string>();
        var due = task["due"]!.GetValue<DateTimeOffset>();
        var dispatchAt = due.AddDays(-30);   // Supervision:DispatchLeadDays

        Clock.SetUtcNow(dispatchAt.AddMinutes(-1));
        await Task.Delay(500);
        Assert.DoesNotContain(await TaskAlertsAsync(Nanhu), a => a["key"]!.GetValue<string>() == $"task:{id}:dispatched");

        Clock.SetUtcNow(dispatchAt);
        var dispatched = await EventuallyOneAsync(Nanhu, $"task:{id}:dispatched");
        Assert.Equal("task_dispatched", dispatched["kind"]!.GetValue<string>());
        Assert.Equal(dispatchAt, dispatched["raisedAt"]!.GetValue<DateTimeOffset>());
        Assert.Contains(nanhu, dispatched["title"]!.GetValue<string>());

        Clock.SetUtcNow(due);
        await Task.Delay(500);
        Assert.DoesNotContain(await TaskAlertsAsync(Nanhu), a => a["key"]!.GetValue<string>() == $"task:{id}:overdue");
        Clock.Advance(TimeSpan.FromSeconds(1));
        var overdue = await EventuallyOneAsync(Nanhu, $"task:{id}:overdue");
        Assert.Equal("task_overdue", overdue["kind"]!.GetValue<string>());
        Assert.Contains("逾期", overdue["title"]!.GetValue<string>());

        // Later moments (other tasks' changes, re-sends) page neither again; the other county hears only of its own.
        Clock.Advance(TimeSpan.FromDays(3));
        await Host.SettleAsync();
        var all = await TaskAlertsAsync(Nanhu);
        Assert.Single(all, a => a["key"]!.GetValue<string>() == $"task:{id}:dispatched");
        Assert.Single(all, a => a["key"]!.GetValue<string>() == $"task:{id}:overdue");
        Assert.All(all, a => Assert.Contains(nanhu, a["title"]!.GetValue<string>()));
        var other = await TaskAlertsAsync(Xiuzhou);
        Assert.NotEmpty(other);
        Assert.All(other, a => Assert.Contains(xiuzhou, a["title"]!.GetValue<string>()));
    }

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
        [.. (await Host.GetJsonArrayAsync($"/api/alerts/{county}?since=0")).Select(a => a!).Where(a => a["key"]!.GetValue<string>().StartsWith("task:", StringComparison.Ordinal))];

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
