using QualityMap.Grains.Runtime;

namespace QualityMap.Grains.Supervision;

/// <summary>
/// Collects the tasks of a county's enterprises so the county bureau can list what is dispatched to it and what is
/// overdue. Statuses are computed from the clock when read, so a task turns overdue with no event arriving. What it
/// keeps is also told to <see cref="ICountyTaskFeed"/> for the gauges.
/// The desk is a view over the supervision grains' own states, so it stores nothing: storing it meant serialising
/// the whole county on every enterprise change, which dominated ingest. It stays in memory (never collected, or its
/// view would be lost; the feed's snapshot holds the same summaries, so this costs only the index) and the start-up
/// seeds it from the stored supervision states (<see cref="SeedAsync"/>).
/// </summary>
[KeepAlive]
public sealed class CountySupervisionGrain(SupervisionOptions options, ICountyTaskFeed feed) : Grain, ICountySupervisionGrain
{
    private readonly Dictionary<string, EnterpriseTaskSummary> _enterprises = new(StringComparer.Ordinal);

    // Enterprises told live before the seed came: a reminder may re-plan one while the start-up still reads the
    // stored states, and what it told is never older than what was read, so the seed must not overwrite it (nor
    // bring back an enterprise that left). Null once seeded.
    private HashSet<string>? _toldBeforeSeed = new(StringComparer.Ordinal);

    private string County => GetPrimaryKeyString();

    public Task EnterpriseTasksChangedAsync(EnterpriseTaskSummary summary)
    {
        _toldBeforeSeed?.Add(summary.Uscc);
        Apply(summary);
        return Task.CompletedTask;
    }

    public Task SeedAsync(IReadOnlyList<EnterpriseTaskSummary> summaries)
    {
        foreach (var summary in summaries)
        {
            if (_toldBeforeSeed?.Contains(summary.Uscc) != true) Apply(summary);
        }
        _toldBeforeSeed = null;
        return Task.CompletedTask;
    }

    private void Apply(EnterpriseTaskSummary summary)
    {
        if (TaskSummaries.IsEmpty(summary))
        {
            if (_enterprises.Remove(summary.Uscc)) feed.Removed(County, summary.Uscc);
            return;
        }
        _enterprises[summary.Uscc] = summary;
        feed.Changed(County, summary);
    }

    public Task<IReadOnlyList<SupervisionTaskView>> TasksAsync(SupervisionTaskStatus? status)
    {
        var now = Time.GetUtcNow();
        IReadOnlyList<SupervisionTaskView> tasks =
        [
            .. _enterprises.Values
                .SelectMany(e => e.Tasks)
                .Select(t => new SupervisionTaskView(t, SupervisionPlanner.StatusOf(t, now, options)))
                .Where(v => status is null || v.Status == status)
                .OrderBy(v => v.Task.Due).ThenBy(v => v.Task.Id, StringComparer.Ordinal),
        ];
        return Task.FromResult(tasks);
    }

    public Task<CountySupervisionReport> ReportAsync() =>
        Task.FromResult(SupervisionReports.County(County, _enterprises.Values, Time.GetUtcNow(), options));
}
