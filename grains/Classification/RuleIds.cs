namespace QualityMap.Grains.Classification;

/// <summary>Stable identifiers of the high-risk rules, as they appear in reasons and in the API.</summary>
public static class RuleIds
{
    public const string FailedSampling = "failed-sampling";
    public const string AdministrativePenalty = "administrative-penalty";
    public const string Licence = "licence";
    public const string FailedReinspection = "failed-reinspection";
    public const string DishonestyListing = "dishonesty-listing";
    public const string RefusedSampling = "refused-sampling";
    public const string QualityAccident = "quality-accident";
}
