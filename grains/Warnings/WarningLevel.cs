namespace QualityMap.Grains.Warnings;

/// <summary>The level of a formal warning: the colour that raised it, or red once escalated.</summary>
public enum WarningLevel
{
    Orange,
    Red,
}
