namespace QualityMap.Grains.Classification;

/// <summary>
/// The high-risk rules (section "Classification"). The rule list follows the DB3304/T 055—2023 revision notes;
/// the windows are defaults the regulation does not fix (DOMAIN.md), so each is configurable.
/// </summary>
public sealed class ClassificationOptions
{
    public const string SectionName = "Classification";

    public WindowRuleOptions FailedSampling { get; set; } = new() { WindowMonths = 12 };

    public WindowRuleOptions AdministrativePenalty { get; set; } = new() { WindowMonths = 24 };

    public RuleOptions Licence { get; set; } = new();

    public WindowRuleOptions FailedReinspection { get; set; } = new() { WindowMonths = 12 };

    public RuleOptions DishonestyListing { get; set; } = new();

    public WindowRuleOptions RefusedSampling { get; set; } = new() { WindowMonths = 12 };

    public WindowRuleOptions QualityAccident { get; set; } = new() { WindowMonths = 24 };

    /// <summary>The longest window; dated facts older than this can be dropped from grain state.</summary>
    public int LongestWindowMonths =>
        new[] { FailedSampling, AdministrativePenalty, FailedReinspection, RefusedSampling, QualityAccident }
            .Max(w => w.WindowMonths);

    public IEnumerable<string> Validate()
    {
        foreach (var (name, window) in new[]
                 {
                     (nameof(FailedSampling), FailedSampling), (nameof(AdministrativePenalty), AdministrativePenalty),
                     (nameof(FailedReinspection), FailedReinspection), (nameof(RefusedSampling), RefusedSampling),
                     (nameof(QualityAccident), QualityAccident),
                 })
        {
            if (window.WindowMonths is < 1 or > 120)
                yield return $"{SectionName}:{name}:WindowMonths must be between 1 and 120 (was {window.WindowMonths}).";
        }
    }
}
