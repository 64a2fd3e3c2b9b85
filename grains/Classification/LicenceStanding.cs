namespace QualityMap.Grains.Classification;

/// <summary>Where the enterprise stands with its production licence, as of the latest licence event.</summary>
public enum LicenceStanding
{
    Valid,
    Suspended,
    Revoked,
    Unlicensed,
}
