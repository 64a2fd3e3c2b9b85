namespace QualityMap.Grains.Credit;

/// <summary>
/// The measures of one credit class (方案 §三(二)): the supervision level, the prompt sent to the operator,
/// whether rectification is ordered, the yearly samplings/inspections the planner must schedule, who is
/// interviewed, and a zh-CN summary for bureau users.
/// </summary>
[GenerateSerializer, Immutable, Alias("qm.CreditMeasures")]
public sealed record CreditMeasures(
    CreditClass Class,
    string Level,
    string? Prompt,
    bool RectificationOrdered,
    int SamplingsPerYear,
    int InspectionsPerYear,
    string? Interview,
    bool GuideQualityFile,
    string Summary);
