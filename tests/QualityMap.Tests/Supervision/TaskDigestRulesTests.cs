using QualityMap.Grains.Alerts;
using QualityMap.Grains.Events;
using QualityMap.Grains.Identity;
using QualityMap.Grains.Supervision;

namespace QualityMap.Tests.Supervision;

/// <summary>The daily task digest as a pure rule: its moment, its window's bounds, and its text.</summary>
public sealed class TaskDigestRulesTests
{
    private static readonly TimeSpan Cst = TimeSpan.FromHours(8);
    private static readonly SupervisionOptions Options = new();   // 08:00 CST, 30 days' lead
    private static readonly DateTimeOffset Digest = new(2026, 5, 10, 8, 0, 0, Cst);

    [Fact]
    public void TheDigestIsAtEightChinaTimeEveryDay()
    {
        Assert.Equal(Digest, TaskDigestRules.LatestDigestAt(Digest, Options));
        Assert.Equal(Digest.AddDays(-1), TaskDigestRules.LatestDigestAt(Digest.AddTicks(-1), Options));
        Assert.Equal(Digest.AddDays(1), TaskDigestRules.NextDigestAt(Digest, Options));
        // 23:30 UTC is 07:30 the next day in China: that day's digest is still to come.
        Assert.Equal(Digest, TaskDigestRules.NextDigestAt(new DateTimeOffset(2026, 5, 9, 23, 30, 0, TimeSpan.Zero), Options));
        Assert.Equal(Digest.AddHours(-2), TaskDigestRules.LatestDigestAt(Digest, new SupervisionOptions { TaskDigestAt = TimeSpan.FromHours(6) }));
    }

    [Fact]
    public void ADigestTakesTheTasksDispatchedInTheDayBeforeItUpToItsMomentAndNotAfter()
    {
        var first = Task("first", due: Digest.AddDays(-1).AddTicks(1).AddDays(30));   // dispatched one tick into the window
        var last = Task("last", due: Digest.AddDays(30));                              // dispatched at the digest itself
        var earlier = Task("earlier", due: Digest.AddDays(-1).AddDays(30));            // the digest before had it
        var later = Task("later", due: Digest.AddTicks(1).AddDays(30));                // the next digest has it

        var digest = TaskDigestRules.Digest([later, earlier, last, first], Digest, Options);

        Assert.Equal(["first", "last"], digest.Dispatched.Select(t => t.Id));
        Assert.Empty(digest.Overdue);
    }

    [Fact]
    public void ATaskPlannedInsideItsLeadTimeIsDispatchedWhenPlanned()
    {
        var plannedLate = Task("planned-late", due: Digest.AddDays(5), plannedAt: Digest.AddHours(-3));
        var plannedBefore = Task("planned-before", due: Digest.AddDays(5), plannedAt: Digest.AddDays(-2));

        Assert.Equal(["planned-late"], TaskDigestRules.Digest([plannedLate, plannedBefore], Digest, Options).Dispatched.Select(t => t.Id));
    }

    [Fact]
    public void OverdueIsOneTickPastDueAndACompletedTaskIsInNoDigest()
    {
        var dueAtDigest = Task("due-at-digest", due: Digest);                 // overdue one tick after: the next digest
        var dueJustBefore = Task("due-before", due: Digest.AddTicks(-1));
        var done = Task("done", due: Digest.AddHours(-1)) with
        {
            Outcome = new TaskOutcome(Digest.AddHours(-2), true, [], false, null, Officer, null),
        };

        var digest = TaskDigestRules.Digest([dueAtDigest, dueJustBefore, done], Digest, Options);

        Assert.Equal(["due-before"], digest.Overdue.Select(t => t.Id));
        Assert.Empty(digest.Dispatched);
        Assert.Equal(["due-at-digest"], TaskDigestRules.Digest([dueAtDigest], Digest.AddDays(1), Options).Overdue.Select(t => t.Id));
    }

    [Fact]
    public void ADigestIsOneAlertPerStatusNamingTenTasksAndCountingTheRest()
    {
        var dispatched = Enumerable.Range(0, 12).Select(i => Task($"d{i:00}", due: Digest.AddDays(30).AddMinutes(-i))).ToList();
        var overdue = Task("o", due: Digest.AddHours(-1));

        var requests = TaskDigestRules.Requests(TaskDigestRules.Digest([.. dispatched, overdue], Digest, Options)).ToList();

        Assert.Equal(2, requests.Count);
        var sent = requests[0];
        Assert.Equal((AlertKinds.TaskDispatched, "tasks:dispatched:2026-05-10", "tasks:dispatched:"), (sent.Kind, sent.Key, sent.Series));
        Assert.Contains("12项", sent.Title);
        Assert.Equal(TaskDigestRules.ListedTasks, dispatched.Count(t => sent.Detail.Contains($"任务{t.Id}")));
        Assert.EndsWith("等12项，详见任务清单。", sent.Detail);
        Assert.Equal((AlertKinds.TaskOverdue, "tasks:overdue:2026-05-10"), (requests[1].Kind, requests[1].Key));
        Assert.Empty(TaskDigestRules.Requests(TaskDigestRules.Digest([], Digest, Options)));
    }

    private static readonly Officer Officer = new("officer-nanhu", Role.CountyBureau);

    private static SupervisionTask Task(string id, DateTimeOffset due, DateTimeOffset? plannedAt = null) =>
        new(id, "91330402MA2B000001", "330402", TaskKind.Sampling, "0801", ProductRiskGrade.Level1, SupervisionMode.Strict,
            plannedAt ?? due.AddYears(-1), due, "计划");
}
