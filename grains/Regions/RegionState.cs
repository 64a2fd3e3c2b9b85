using QualityMap.Grains.Warnings;

namespace QualityMap.Grains.Regions;

/// <summary>
/// What a region grain persists: only a county's warnings. Counts are derived from the enterprises' states
/// at start-up and never stored, so they cannot disagree with them.
/// </summary>
[GenerateSerializer, Alias("qm.RegionState")]
public sealed class RegionState
{
    [Id(0)]
    public int WarningsRaised { get; set; }

    [Id(1)]
    public WarningSummary? OpenWarning { get; set; }

    [Id(2)]
    public List<string> WarningIds { get; set; } = [];
}
