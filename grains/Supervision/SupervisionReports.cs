namespace QualityMap.Grains.Supervision;

/// <summary>The county figures of differentiated supervision, computed from the enterprises' tasks and the clock.</summary>
public static class SupervisionReports
{
    public static CountySupervisionReport County(
        string countyCode, IEnumerable<EnterpriseTaskSummary> enterprises, DateTimeOffset now, SupervisionOptions options)
    {
        var (start, end) = SupervisionPlanner.YearOf(now);
        int planned = 0, done = 0, dispatched = 0, overdue = 0, highRisk = 0, covered = 0;
        foreach (var enterprise in enterprises)
        {
            var thisYear = enterprise.Tasks.Where(t => t.Due >= start && t.Due < end).ToList();
            planned += thisYear.Count;
            done += thisYear.Count(t => t.Outcome is not null);
            // Overdue counts every open task past due, whichever year it was due in: it is still owed.
            foreach (var task in enterprise.Tasks)
            {
                var status = SupervisionPlanner.StatusOf(task, now, options);
                if (status == SupervisionTaskStatus.Overdue) overdue++;
                else if (status == SupervisionTaskStatus.Dispatched) dispatched++;
            }
            if (!enterprise.Monitored || !enterprise.HighRisk) continue;
            highRisk++;
            if (enterprise.Tasks.Any(t => t.Outcome is { } o && o.CompletedAt >= start && o.CompletedAt < end)) covered++;
        }
        decimal? coverage = highRisk == 0 ? null : Math.Round(covered * 100m / highRisk, 1, MidpointRounding.AwayFromZero);
        return new CountySupervisionReport(countyCode, start.ToOffset(TimeSpan.FromHours(8)).Year, planned, done, dispatched, overdue,
            highRisk, covered, coverage);
    }

    /// <summary>
    /// A county's tasks of this year by their status now, every status present (zero included); a task still open from
    /// an earlier year counts as overdue, as in <see cref="County"/>: it is still owed.
    /// </summary>
    public static IReadOnlyDictionary<SupervisionTaskStatus, int> TasksByStatus(
        IEnumerable<EnterpriseTaskSummary> enterprises, DateTimeOffset now, SupervisionOptions options)
    {
        var (start, end) = SupervisionPlanner.YearOf(now);
        var counts = Enum.GetValues<SupervisionTaskStatus>().ToDictionary(s => s, _ => 0);
        foreach (var task in enterprises.SelectMany(e => e.Tasks))
        {
            var status = SupervisionPlanner.StatusOf(task, now, options);
            if (task.Due >= start && task.Due < end || status == SupervisionTaskStatus.Overdue) counts[status]++;
        }
        return counts;
    }
}
