namespace QualityMap.Grains.Events;

/// <summary>The wire names of the event kinds (the <c>kind</c> field of an ingested event).</summary>
public static class EventKinds
{
    public const string SamplingResult = "sampling_result";
    public const string AdministrativePenalty = "administrative_penalty";
    public const string LicenceRevoked = "licence_revoked";
    public const string LicenceSuspended = "licence_suspended";
    public const string LicenceRestored = "licence_restored";
    public const string UnlicensedProductionFound = "unlicensed_production_found";
    public const string ReinspectionResult = "reinspection_result";
    public const string DishonestyListed = "dishonesty_listed";
    public const string DishonestyDelisted = "dishonesty_delisted";
    public const string SamplingRefused = "sampling_refused";
    public const string QualityAccident = "quality_accident";
    public const string EnterpriseRegistered = "enterprise_registered";
    public const string EnterpriseMoved = "enterprise_moved";
    public const string EnterpriseClosed = "enterprise_closed";

    public static IReadOnlyList<string> All { get; } =
    [
        SamplingResult, AdministrativePenalty, LicenceRevoked, LicenceSuspended, LicenceRestored,
        UnlicensedProductionFound, ReinspectionResult, DishonestyListed, DishonestyDelisted, SamplingRefused,
        QualityAccident, EnterpriseRegistered, EnterpriseMoved, EnterpriseClosed,
    ];
}
