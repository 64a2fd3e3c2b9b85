using QualityMap.Grains.Alerts;

namespace QualityMap.Grains.Supervision;

/// <summary>
/// Dispatch as live alerts: a task is pushed to its county bureau when it becomes dispatched
/// (<see cref="SupervisionOptions.DispatchLeadDays"/> before due) and again when it becomes overdue, once per task and
/// status (the key), at the moments <see cref="SupervisionPlanner.StatusOf"/> changes, never before.
/// </summary>
public static class TaskAlertRules
{
    public static string KeyOf(string taskId, SupervisionTaskStatus status) => $"task:{taskId}:{status.ToString().ToLowerInvariant()}";

    /// <summary>The open tasks whose present status (dispatched or overdue) has not been alerted yet.</summary>
    public static IEnumerable<(SupervisionTask Task, SupervisionTaskStatus Status)> Unalerted(
        IEnumerable<SupervisionTask> tasks, IReadOnlySet<string> alerted, DateTimeOffset now, SupervisionOptions options) =>
        tasks.Where(t => t.IsOpen)
            .Select(t => (Task: t, Status: SupervisionPlanner.StatusOf(t, now, options)))
            .Where(x => x.Status is SupervisionTaskStatus.Dispatched or SupervisionTaskStatus.Overdue && !alerted.Contains(KeyOf(x.Task.Id, x.Status)));

    /// <summary>The next moment after <paramref name="now"/> an open task changes status; null when none will.</summary>
    public static DateTimeOffset? NextChange(IEnumerable<SupervisionTask> tasks, DateTimeOffset now, SupervisionOptions options) =>
        tasks.Where(t => t.IsOpen)
            // Overdue is "after due" (StatusOf): the first moment it holds is one tick past the due time.
            .SelectMany(t => new[] { t.Due.AddDays(-options.DispatchLeadDays), t.Due.AddTicks(1) })
            .Where(at => at > now)
            .Select(at => (DateTimeOffset?)at)
            .Min();

    public static AlertRequest Request(SupervisionTask task, SupervisionTaskStatus status)
    {
        var what = task.Kind switch
        {
            TaskKind.Sampling => $"监督抽查（产品{task.ProductCode}）",
            TaskKind.Inspection => "现场检查",
            _ => $"复查（产品{task.ProductCode}）",
        };
        var due = task.Due.ToOffset(TimeSpan.FromHours(8));
        return status == SupervisionTaskStatus.Overdue
            ? new AlertRequest(KeyOf(task.Id, status), AlertKinds.TaskOverdue,
                $"企业{task.Uscc}的{what}任务已逾期", $"任务{task.Id}应于{due:yyyy-MM-dd HH:mm}前完成，尚未反馈结果。{task.Basis}")
            : new AlertRequest(KeyOf(task.Id, status), AlertKinds.TaskDispatched,
                $"派发任务：企业{task.Uscc}的{what}", $"任务{task.Id}，请于{due:yyyy-MM-dd HH:mm}前完成并反馈结果。{task.Basis}");
    }
}
