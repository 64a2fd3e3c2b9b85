namespace QualityMap.Grains.Warnings;

/// <summary>Workflow settings the regulation leaves open (section "Warnings").</summary>
public sealed class WarningOptions
{
    public const string SectionName = "Warnings";

    /// <summary>
    /// Refuse an acceptance sampling that leaves out a high-risk enterprise of the county (§4.2.3.1 samples "the
    /// region's high-risk enterprises"). A city that samples a subset by its own rule turns this off.
    /// </summary>
    public bool RequireAllHighRiskSampled { get; set; } = true;

    /// <summary>
    /// §4.2.2: how long the county bureau has, from the warning, to file its rectification plan. Fifteen days, as the
    /// operators' "plan overdue" Prometheus rule (dashboard/prometheus) already assumes.
    /// </summary>
    public TimeSpan PlanDueAfter { get; set; } = TimeSpan.FromDays(15);

    /// <summary>§4.2.2–§4.2.3.1: the rectification period, from the plan's approval to the application for acceptance.</summary>
    public TimeSpan RectificationPeriod { get; set; } = TimeSpan.FromDays(90);

    /// <summary>How long before a deadline the county bureau gets a "deadline approaching" alert.</summary>
    public TimeSpan DeadlineAlertBefore { get; set; } = TimeSpan.FromDays(3);

    /// <summary>
    /// Counties raise and escalate warnings from their counts (§4.2.1). Off only while a rebuild replays a journal that
    /// records those decisions itself (<c>JournalRebuilder</c>): deciding again would double them.
    /// </summary>
    public bool DecideFromCounts { get; set; } = true;

    /// <summary>Configuration mistakes, one message each; empty when the options are usable.</summary>
    public IEnumerable<string> Validate()
    {
        if (PlanDueAfter <= TimeSpan.Zero) yield return "Warnings:PlanDueAfter must be positive.";
        if (RectificationPeriod <= TimeSpan.Zero) yield return "Warnings:RectificationPeriod must be positive.";
        if (DeadlineAlertBefore <= TimeSpan.Zero || DeadlineAlertBefore >= PlanDueAfter || DeadlineAlertBefore >= RectificationPeriod)
            yield return "Warnings:DeadlineAlertBefore must be positive and shorter than both periods.";
    }
}
