using QualityMap.Grains.Alerts;

namespace QualityMap.Grains.Supervision;

/// <summary>
/// Dispatch as live alerts, as a daily digest per county: at <see cref="SupervisionOptions.TaskDigestAt"/> each county
/// bureau gets one alert of the tasks that became dispatched since the digest before, and one of those that became
/// overdue (the task list has them all, any time). One alert per task was tried first: a new county of registrations
/// paged once per task, and at national scale that was hundreds of thousands of alerts, each with its reminders.
/// Everything here is a function of the tasks and the clock, so a desk rebuilt after a restart computes the same
/// digest and the alert's key (county day and status) keeps it from paging twice.
/// </summary>
public static class TaskDigestRules
{
    private static readonly TimeSpan ChinaStandardTime = TimeSpan.FromHours(8);

    /// <summary>Tasks named one by one in an alert's text; the rest are counted ("等N项").</summary>
    public const int ListedTasks = 10;

    /// <summary>The last digest moment at or before <paramref name="now"/>.</summary>
    public static DateTimeOffset LatestDigestAt(DateTimeOffset now, SupervisionOptions options)
    {
        var local = now.ToOffset(ChinaStandardTime);
        var today = new DateTimeOffset(local.Date, ChinaStandardTime) + options.TaskDigestAt;
        return today <= local ? today : today.AddDays(-1);
    }

    /// <summary>The first digest moment after <paramref name="now"/>.</summary>
    public static DateTimeOffset NextDigestAt(DateTimeOffset now, SupervisionOptions options) =>
        LatestDigestAt(now, options).AddDays(1);

    /// <summary>When a task became dispatched: its lead time before due, or when it was planned if that came later.</summary>
    public static DateTimeOffset DispatchedAt(SupervisionTask task, SupervisionOptions options)
    {
        var byLead = task.Due.AddDays(-options.DispatchLeadDays);
        return task.PlannedAt > byLead ? task.PlannedAt : byLead;
    }

    /// <summary>Overdue is "after due" (<see cref="SupervisionPlanner.StatusOf"/>): the first moment it holds is one tick past.</summary>
    public static DateTimeOffset OverdueAt(SupervisionTask task) => task.Due.AddTicks(1);

    /// <summary>
    /// The digest at <paramref name="digestAt"/>: the open tasks whose dispatch, or whose lapse, falls in the day before
    /// it, (digestAt − 1 day, digestAt]; soonest due first.
    /// </summary>
    public static TaskDigest Digest(IEnumerable<SupervisionTask> tasks, DateTimeOffset digestAt, SupervisionOptions options)
    {
        var from = digestAt.AddDays(-1);
        bool InWindow(DateTimeOffset at) => at > from && at <= digestAt;
        var open = tasks.Where(t => t.IsOpen).OrderBy(t => t.Due).ThenBy(t => t.Id, StringComparer.Ordinal).ToList();
        return new TaskDigest(digestAt,
            [.. open.Where(t => InWindow(DispatchedAt(t, options)) && OverdueAt(t) > digestAt)],
            [.. open.Where(t => InWindow(OverdueAt(t)))]);
    }

    /// <summary>
    /// A digest's alert key, in the series of its status: the alerts grain keeps only a series' latest key active, so
    /// the next day's digest pages anew and a repeat of the latest (a restart) does not.
    /// </summary>
    public static string KeyOf(DateTimeOffset digestAt, SupervisionTaskStatus status) =>
        $"{SeriesOf(status)}{digestAt.ToOffset(ChinaStandardTime):yyyy-MM-dd}";

    public static string SeriesOf(SupervisionTaskStatus status) => $"tasks:{status.ToString().ToLowerInvariant()}:";

    /// <summary>The digest's alerts (zh-CN): none for an empty part.</summary>
    public static IEnumerable<AlertRequest> Requests(TaskDigest digest)
    {
        if (digest.Dispatched.Count > 0)
        {
            yield return new AlertRequest(KeyOf(digest.At, SupervisionTaskStatus.Dispatched), AlertKinds.TaskDispatched,
                $"派发任务：新派发监督任务{digest.Dispatched.Count}项",
                Listing(digest.Dispatched, t => $"企业{t.Uscc}的{What(t)}，请于{Local(t.Due)}前完成（任务{t.Id}）"),
                SeriesOf(SupervisionTaskStatus.Dispatched));
        }
        if (digest.Overdue.Count > 0)
        {
            yield return new AlertRequest(KeyOf(digest.At, SupervisionTaskStatus.Overdue), AlertKinds.TaskOverdue,
                $"任务逾期：{digest.Overdue.Count}项监督任务已逾期",
                Listing(digest.Overdue, t => $"企业{t.Uscc}的{What(t)}应于{Local(t.Due)}前完成，尚未反馈结果（任务{t.Id}）"),
                SeriesOf(SupervisionTaskStatus.Overdue));
        }
    }

    private static string Listing(IReadOnlyList<SupervisionTask> tasks, Func<SupervisionTask, string> line)
    {
        var listed = string.Join("；", tasks.Take(ListedTasks).Select(line));
        return tasks.Count > ListedTasks ? $"{listed}；等{tasks.Count}项，详见任务清单。" : $"{listed}。";
    }

    private static string What(SupervisionTask task) => task.Kind switch
    {
        TaskKind.Sampling => $"监督抽查（产品{task.ProductCode}）",
        TaskKind.Inspection => "现场检查",
        _ => $"复查（产品{task.ProductCode}）",
    };

    private static string Local(DateTimeOffset at) => $"{at.ToOffset(ChinaStandardTime):yyyy-MM-dd HH:mm}";
}

/// <summary>One county's digest: the tasks that became dispatched, and those that became overdue, in the day before <see cref="At"/>.</summary>
[GenerateSerializer, Immutable, Alias("qm.TaskDigest")]
public sealed record TaskDigest(DateTimeOffset At, IReadOnlyList<SupervisionTask> Dispatched, IReadOnlyList<SupervisionTask> Overdue);
