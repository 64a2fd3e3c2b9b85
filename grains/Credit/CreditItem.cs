namespace QualityMap.Grains.Credit;

/// <summary>What a scored object did, as the point table prices it.</summary>
public enum CreditItem
{
    SamplingPassed,
    InspectionPassed,
    ReinspectionPassed,
    SamplingFailed,
    ReinspectionFailed,
    SamplingRefused,
    AdministrativePenalty,
    LicenceSuspended,
    LicenceRevoked,
    UnlicensedProduction,
    QualityAccident,
    DishonestyListed,
}
