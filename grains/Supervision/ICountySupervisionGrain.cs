
using Orleans.Concurrency;

namespace QualityMap.Grains.Supervision;

/// <summary>A county bureau's supervision desk, keyed by the 6-digit county code: its enterprises' tasks and figures.</summary>
public interface ICountySupervisionGrain : IGrainWithStringKey
{
    /// <summary>Replaces what the county keeps of one enterprise (its tasks and whether it is high-risk).</summary>
    [OneWay]
    Task EnterpriseTasksChangedAsync(EnterpriseTaskSummary summary);

    /// <summary>
    /// At start-up, the summaries derived from the county's stored supervision states, once; an enterprise already
    /// told live keeps what it told.
    /// </summary>
    Task SeedAsync(IReadOnlyList<EnterpriseTaskSummary> summaries);

    /// <summary>
    /// The county's tasks with their status now, optionally only those of one status, soonest due first; null until
    /// the start-up seeded the desk (it would answer a part of the county).
    /// </summary>
    Task<IReadOnlyList<SupervisionTaskView>?> TasksAsync(SupervisionTaskStatus? status);

    /// <summary>Plan vs done this year, overdue tasks and coverage of high-risk enterprises; null until seeded.</summary>
    Task<CountySupervisionReport?> ReportAsync();
}
