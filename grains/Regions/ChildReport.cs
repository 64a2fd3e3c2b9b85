using QualityMap.Grains.Warnings;

namespace QualityMap.Grains.Regions;

/// <summary>A child region's counts (descendants included) sent to its parent; the latest version wins.</summary>
[GenerateSerializer, Immutable, Alias("qm.ChildReport")]
public sealed record ChildReport(string Code, int HighRisk, int Monitored, WarningSummary? OpenWarning, long Version);
