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
}
