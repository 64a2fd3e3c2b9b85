namespace QualityMap.Grains.Supervision;

/// <summary>
/// A county's year: tasks due this year (planned) vs completed (done), open tasks past due (overdue), and how many
/// high-risk enterprises had at least one completed task this year (coverage).
/// </summary>
[GenerateSerializer, Immutable, Alias("qm.CountySupervisionReport")]
public sealed record CountySupervisionReport(
    string CountyCode,
    int Year,
    int Planned,
    int Done,
    int Dispatched,
    int Overdue,
    int HighRiskEnterprises,
    int HighRiskCovered,
    decimal? HighRiskCoveragePercent);
