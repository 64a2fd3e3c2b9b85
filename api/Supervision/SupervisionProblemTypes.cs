namespace QualityMap.Api.Supervision;

/// <summary>Stable problem <c>type</c> URIs of the supervision endpoints (RFC 9457).</summary>
public static class SupervisionProblemTypes
{
    private const string Prefix = "urn:qualitymap:problem:";

    public const string UnknownTask = Prefix + "unknown-task";
    public const string TaskAlreadyCompleted = Prefix + "task-already-completed";
    public const string UnknownProduct = Prefix + "unknown-product";
    public const string InvalidCatalogue = Prefix + "invalid-catalogue";
    public const string InvalidRequest = Prefix + "invalid-supervision-request";
    public const string ResultRejected = Prefix + "task-result-rejected";
    public const string ProductNotScored = Prefix + "product-not-scored";
    public const string NotSupervised = Prefix + "enterprise-not-supervised";
    public const string DeskLoading = Prefix + "county-desk-loading";
}
