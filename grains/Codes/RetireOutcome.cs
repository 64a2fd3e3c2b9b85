namespace QualityMap.Grains.Codes;

/// <summary>What retiring a key did.</summary>
public enum RetireOutcome
{
    Retired,
    AlreadyRetired,
    Unknown,

    /// <summary>The key new codes are signed with cannot be retired: rotate first.</summary>
    Active,
}
