using QualityMap.Grains.Warnings;

namespace QualityMap.Grains.Regions;

/// <summary>
/// A child region's counts (descendants included) sent to its parent; the latest version wins. <see cref="Complete"/>:
/// the counts hold every enterprise of the child, that is, the town's activation was seeded from the stored states
/// (or every child of a higher region is complete). A town that came back empty on another silo after its own died
/// reports only what it has heard since, until the map repair seeds it.
/// </summary>
[GenerateSerializer, Immutable, Alias("qm.ChildReport")]
public sealed record ChildReport(string Code, int HighRisk, int Monitored, WarningSummary? OpenWarning, long Version, bool Complete);
