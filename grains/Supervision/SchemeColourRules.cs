using QualityMap.Grains.Colouring;
using QualityMap.Grains.Credit;
using QualityMap.Grains.Regions;

namespace QualityMap.Grains.Supervision;

/// <summary>
/// A region's colour under the deployment's scheme: Jiaxing's share of high-risk enterprises with its per-level
/// thresholds (DB3304/T 056 §4.1), or the credit scheme's share of C+D among scored operators with its own thresholds.
/// The live region grains and the rebuild digest both colour with this, so they cannot disagree.
/// </summary>
public static class SchemeColourRules
{
    /// <param name="highRisk">High-risk enterprises (Jiaxing) or C+D operators (credit).</param>
    /// <param name="monitored">Monitored enterprises (Jiaxing) or scored operators (credit).</param>
    public static ColourAssessment Assess(
        ClassificationScheme scheme, int highRisk, int monitored, RegionLevel level, ColourOptions colours, CreditOptions credit) =>
        scheme == ClassificationScheme.Credit
            ? CreditColourRules.Assess(highRisk, monitored, credit.Colour)
            : ColourRules.Assess(highRisk, monitored, colours.For(level));
}
