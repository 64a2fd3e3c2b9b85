using System.Text.Json;
using QualityMap.Api.Ingestion;
using QualityMap.Grains.Classification;
using QualityMap.Grains.Colouring;
using QualityMap.Grains.Events;
using QualityMap.Grains.Regions;
using QualityMap.Silo.Ingestion;

namespace QualityMap.Tests.Demo;

/// <summary>
/// Recomputes, independently of the demo code, what the grains would make of demo events: each enterprise's
/// class with the real <see cref="Classifier"/>, and each region's colour under the default thresholds.
/// </summary>
public static class DemoMap
{
    public static HashSet<string> HighRiskAt(IEnumerable<EnterpriseEvent> events, DateTimeOffset at)
    {
        var options = new ClassificationOptions();
        return events
            .GroupBy(e => e.Uscc)
            .Where(g => Classifier.Classify(g.Aggregate(EnterpriseFacts.None, (facts, e) => facts.With(e)), at, options).Class == RiskClass.High)
            .Select(g => g.Key)
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>High-risk and monitored counts per region code of <paramref name="level"/>.</summary>
    public static Dictionary<string, (int HighRisk, int Monitored)> CountsBy(
        RegionTree regions, RegionLevel level, IReadOnlyDictionary<string, string> townByUscc, ISet<string> highRisk)
    {
        var counts = new Dictionary<string, (int HighRisk, int Monitored)>(StringComparer.Ordinal);
        foreach (var (uscc, town) in townByUscc)
        {
            var code = level == RegionLevel.Town ? town : regions.AncestorsOf(town).Single(r => r.Level == level).Code;
            var (high, monitored) = counts.GetValueOrDefault(code);
            counts[code] = (high + (highRisk.Contains(uscc) ? 1 : 0), monitored + 1);
        }

        return counts;
    }

    public static RegionColour Colour((int HighRisk, int Monitored) counts) =>
        ColourRules.Colour(counts.HighRisk, counts.Monitored, new ColourThresholds());

    /// <summary>The event as the HTTP endpoint would receive it, through the endpoint's parser and rules.</summary>
    public static EventParseResult ParseAsIngested(EnterpriseEvent evt, IEventValidationContext context)
    {
        using var document = JsonDocument.Parse(EventSerializer.Serialize(evt));
        return EventParser.Parse(document.RootElement, context, new EventValidationOptions());
    }
}
