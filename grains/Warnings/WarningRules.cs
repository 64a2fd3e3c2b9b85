using QualityMap.Grains.Colouring;

namespace QualityMap.Grains.Warnings;

/// <summary>When a county's colour raises or escalates its formal warning (DB3304/T 056 §4.2).</summary>
public static class WarningRules
{
    // §4.2.1: a county that is red or orange gets a formal warning; orange → red escalates the same warning.
    // §4.2.3: a warning is only lifted by the city after a passed acceptance, never because the colour improved,
    // so a better colour decides nothing here.
    public static WarningDecision Decide(RegionColour colour, WarningLevel? openWarningLevel) => colour switch
    {
        RegionColour.Red or RegionColour.Orange when openWarningLevel is null => WarningDecision.Raise,
        RegionColour.Red when openWarningLevel == WarningLevel.Orange => WarningDecision.Escalate,
        _ => WarningDecision.None,
    };

    public static WarningLevel LevelFor(RegionColour colour) =>
        colour == RegionColour.Red ? WarningLevel.Red : WarningLevel.Orange;
}
