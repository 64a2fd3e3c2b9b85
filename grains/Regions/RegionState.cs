using QualityMap.Grains.Warnings;

namespace QualityMap.Grains.Regions;

/// <summary>
/// What a region grain persists: only a county's warnings. Counts are derived from the enterprises' states
/// at start-up and never stored, so they cannot disagree with them.
/// </summary>
public sealed class RegionState
{
    public int WarningsRaised { get; set; }

    public WarningSummary? OpenWarning { get; set; }

    public List<string> WarningIds { get; set; } = [];
}
