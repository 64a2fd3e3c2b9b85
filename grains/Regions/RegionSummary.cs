using QualityMap.Grains.Colouring;
using QualityMap.Grains.Warnings;

namespace QualityMap.Grains.Regions;

/// <summary>One region on the map: colour, counts, the readable reason and its open formal warning.</summary>
[GenerateSerializer, Immutable, Alias("qm.RegionSummary")]
public sealed record RegionSummary(
    string Code,
    string Name,
    RegionLevel Level,
    RegionColour Colour,
    int HighRisk,
    int Monitored,
    decimal? SharePercent,
    string Reason,
    WarningSummary? OpenWarning);
