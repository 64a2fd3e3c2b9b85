using QualityMap.Grains.Runtime;

namespace QualityMap.Grains.Supervision;

/// <summary>
/// Collects the tasks of a county's enterprises so the county bureau can list what is dispatched to it and what is
/// overdue. Statuses are computed from the clock when read, so a task turns overdue with no event arriving.
/// </summary>
public sealed class CountySupervisionGrain(SupervisionOptions options) : Grain<CountySupervisionState>, ICountySupervisionGrain
{
    public async Task EnterpriseTasksChangedAsync(EnterpriseTaskSummary summary)
    {
        if (!summary.Monitored && summary.Tasks.Count == 0)
        {
            if (!State.Enterprises.Remove(summary.Uscc)) return;
        }
        else
        {
            State.Enterprises[summary.Uscc] = summary;
        }
        await WriteStateAsync();
    }

    public Task<IReadOnlyList<SupervisionTaskView>> TasksAsync(SupervisionTaskStatus? status)
    {
        var now = Time.GetUtcNow();
        IReadOnlyList<SupervisionTaskView> tasks =
        [
            .. State.Enterprises.Values
                .SelectMany(e => e.Tasks)
                .Select(t => new SupervisionTaskView(t, SupervisionPlanner.StatusOf(t, now, options)))
                .Where(v => status is null || v.Status == status)
                .OrderBy(v => v.Task.Due).ThenBy(v => v.Task.Id, StringComparer.Ordinal),
        ];
        return Task.FromResult(tasks);
    }

    public Task<CountySupervisionReport> ReportAsync() =>
        Task.FromResult(SupervisionReports.County(GetPrimaryKeyString(), State.Enterprises.Values, Time.GetUtcNow(), options));
}
