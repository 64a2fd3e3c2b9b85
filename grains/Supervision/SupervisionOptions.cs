using QualityMap.Grains.Classification;
using QualityMap.Grains.Events;

namespace QualityMap.Grains.Supervision;

/// <summary>
/// Differentiated supervision (section "Supervision"). The measures matrix — product grade × enterprise class →
/// mode and yearly counts — follows DB3304/T 055 §5.2 and Jiaxing 2020; the regulation gives no numbers, so every
/// count, lead time and deadline is a documented <b>default</b>.
/// </summary>
public sealed class SupervisionOptions
{
    public const string SectionName = "Supervision";

    public ClassificationScheme Scheme { get; set; } = ClassificationScheme.Jiaxing;

    public MatrixCell HighRiskGrade1 { get; set; } = new() { Mode = SupervisionMode.Strict, SamplingsPerYear = 4, InspectionsPerYear = 4 };
    public MatrixCell HighRiskGrade2 { get; set; } = new() { Mode = SupervisionMode.Strict, SamplingsPerYear = 3, InspectionsPerYear = 2 };
    public MatrixCell HighRiskGrade3 { get; set; } = new() { Mode = SupervisionMode.Routine, SamplingsPerYear = 2, InspectionsPerYear = 1 };
    public MatrixCell LowRiskGrade1 { get; set; } = new() { Mode = SupervisionMode.Routine, SamplingsPerYear = 2, InspectionsPerYear = 1 };
    public MatrixCell LowRiskGrade2 { get; set; } = new() { Mode = SupervisionMode.Routine, SamplingsPerYear = 1, InspectionsPerYear = 1 };
    public MatrixCell LowRiskGrade3 { get; set; } = new() { Mode = SupervisionMode.CreditBased, SamplingsPerYear = 1, InspectionsPerYear = 0 };

    /// <summary>A planned task is dispatched to the county bureau this many days before it is due.</summary>
    public int DispatchLeadDays { get; set; } = 30;

    /// <summary>
    /// The time of day (China Standard Time) of each county's task digest: one alert of the tasks dispatched, and one
    /// of those overdue, since the digest before.
    /// </summary>
    public TimeSpan TaskDigestAt { get; set; } = TimeSpan.FromHours(8);

    /// <summary>Default deadline of a rectification order, when the field feedback gives none.</summary>
    public int RectificationDays { get; set; } = 30;

    /// <summary>
    /// Strict/key/special modes and grade-1 products are due within this fraction of the rest of the year (each
    /// applies once, so a strict grade-1 sampling lands in the first 0.75 × 0.75 of it): more and sooner.
    /// </summary>
    public decimal FrontLoadFraction { get; set; } = 0.75m;

    public MatrixCell Cell(RiskClass riskClass, ProductRiskGrade grade) => (riskClass, grade) switch
    {
        (RiskClass.High, ProductRiskGrade.Level1) => HighRiskGrade1,
        (RiskClass.High, ProductRiskGrade.Level2) => HighRiskGrade2,
        (RiskClass.High, _) => HighRiskGrade3,
        (_, ProductRiskGrade.Level1) => LowRiskGrade1,
        (_, ProductRiskGrade.Level2) => LowRiskGrade2,
        _ => LowRiskGrade3,
    };

    public IEnumerable<string> Validate()
    {
        foreach (var (name, cell) in new[]
                 {
                     (nameof(HighRiskGrade1), HighRiskGrade1), (nameof(HighRiskGrade2), HighRiskGrade2),
                     (nameof(HighRiskGrade3), HighRiskGrade3), (nameof(LowRiskGrade1), LowRiskGrade1),
                     (nameof(LowRiskGrade2), LowRiskGrade2), (nameof(LowRiskGrade3), LowRiskGrade3),
                 })
        {
            if (cell.SamplingsPerYear is < 0 or > 52 || cell.InspectionsPerYear is < 0 or > 52)
                yield return $"{SectionName}:{name}: samplings and inspections per year must be between 0 and 52.";
            if (cell.Mode is not (SupervisionMode.Strict or SupervisionMode.Routine or SupervisionMode.CreditBased))
                yield return $"{SectionName}:{name}:Mode must be strict, routine or credit_based.";
        }
        if (DispatchLeadDays is < 0 or > 365) yield return $"{SectionName}:DispatchLeadDays must be between 0 and 365.";
        if (TaskDigestAt < TimeSpan.Zero || TaskDigestAt >= TimeSpan.FromDays(1))
            yield return $"{SectionName}:TaskDigestAt must be a time of day, from 00:00:00 to 23:59:59.";
        if (RectificationDays is < 1 or > 365) yield return $"{SectionName}:RectificationDays must be between 1 and 365.";
        if (FrontLoadFraction is <= 0m or > 1m) yield return $"{SectionName}:FrontLoadFraction must be in (0, 1].";
    }
}
