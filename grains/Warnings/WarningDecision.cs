namespace QualityMap.Grains.Warnings;

/// <summary>What a county's new colour means for its formal warning.</summary>
public enum WarningDecision
{
    None,
    Raise,
    Escalate,
}
