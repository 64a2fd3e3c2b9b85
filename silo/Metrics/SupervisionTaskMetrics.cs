using System.Diagnostics.Metrics;
using QualityMap.Grains.Regions;
using QualityMap.Grains.Supervision;

namespace QualityMap.Silo.Metrics;

/// <summary>
/// The closed loop per county (issue 8, "per county: plan vs done, overdue, coverage of high-risk enterprises"), as
/// gauges computed at scrape time from <see cref="CountyTaskSnapshot"/> with the pure <see cref="SupervisionReports"/>
/// and the clock, so a task turns overdue in the figures with no event arriving. Every county of the tree is reported.
/// </summary>
public sealed class SupervisionTaskMetrics
{
    private static readonly SupervisionTaskStatus[] Statuses = Enum.GetValues<SupervisionTaskStatus>();

    private readonly CountyTaskSnapshot _snapshot;
    private readonly SupervisionOptions _options;
    private readonly TimeProvider _time;
    private readonly Region[] _counties;

    public SupervisionTaskMetrics(CountyTaskSnapshot snapshot, SupervisionOptions options, RegionTree tree, TimeProvider time, IMeterFactory meters)
    {
        _snapshot = snapshot;
        _options = options;
        _time = time;
        _counties = [.. tree.All.Where(r => r.Level == RegionLevel.County)];
        var meter = meters.Create(QualityMapMeter.Name);
        meter.CreateObservableGauge("qualitymap_supervision_tasks", ObserveTasks,
            description: "Supervision tasks of this year per county by status now (planned/dispatched/overdue/completed; overdue includes earlier years' open tasks).");
        meter.CreateObservableGauge("qualitymap_supervision_high_risk_enterprises", ObserveHighRisk,
            description: "High-risk enterprises under the scheme per county (Jiaxing high, credit C+D), covered = at least one task completed this year.");
        meter.CreateObservableGauge("qualitymap_supervision_high_risk_coverage_ratio", ObserveCoverage,
            description: "Share of a county's high-risk enterprises with at least one task completed this year; absent where there are none.");
    }

    private IEnumerable<Measurement<int>> ObserveTasks()
    {
        var now = _time.GetUtcNow();
        foreach (var county in _counties)
        {
            var counts = SupervisionReports.TasksByStatus(_snapshot.Enterprises(county.Code), now, _options);
            foreach (var status in Statuses) yield return new(counts[status], Tags(county, ("status", LabelValues.Of(status))));
        }
    }

    private IEnumerable<Measurement<int>> ObserveHighRisk()
    {
        foreach (var report in Reports())
        {
            yield return new(report.Report.HighRiskCovered, Tags(report.County, ("covered", "true")));
            yield return new(report.Report.HighRiskEnterprises - report.Report.HighRiskCovered, Tags(report.County, ("covered", "false")));
        }
    }

    private IEnumerable<Measurement<double>> ObserveCoverage() =>
        Reports()
            .Where(r => r.Report.HighRiskEnterprises > 0)
            .Select(r => new Measurement<double>((double)r.Report.HighRiskCovered / r.Report.HighRiskEnterprises, Tags(r.County)));

    private IEnumerable<(Region County, CountySupervisionReport Report)> Reports()
    {
        var now = _time.GetUtcNow();
        return _counties.Select(c => (c, SupervisionReports.County(c.Code, _snapshot.Enterprises(c.Code), now, _options)));
    }

    private static KeyValuePair<string, object?>[] Tags(Region county, (string Name, string Value)? extra = null) =>
        MapMetrics.CountyTags(county, extra);
}
