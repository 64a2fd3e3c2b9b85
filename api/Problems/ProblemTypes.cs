namespace QualityMap.Api.Problems;

/// <summary>
/// The stable <c>type</c> URIs of the problem details this API returns (RFC 9457). Clients switch on these,
/// never on the human-readable title or detail.
/// </summary>
public static class ProblemTypes
{
    private const string Prefix = "urn:qualitymap:problem:";

    public const string MalformedJson = Prefix + "malformed-json";
    public const string InvalidBatch = Prefix + "invalid-batch";
    public const string InvalidBody = Prefix + "invalid-body";
    public const string BatchTooLarge = Prefix + "batch-too-large";
    public const string PayloadTooLarge = Prefix + "payload-too-large";
    public const string UnsupportedMediaType = Prefix + "unsupported-media-type";
    public const string AllEventsRejected = Prefix + "all-events-rejected";
    public const string InvalidUscc = Prefix + "invalid-uscc";
    public const string UnknownRegion = Prefix + "unknown-region";
    public const string UnknownEnterprise = Prefix + "unknown-enterprise";
    public const string UnknownWarning = Prefix + "unknown-warning";
    public const string NoBulletin = Prefix + "no-bulletin";
    public const string InvalidCodeOption = Prefix + "invalid-code-option";
    public const string EnterpriseNotMonitored = Prefix + "enterprise-not-monitored";
    public const string HanXinUnavailable = Prefix + "hanxin-unavailable";
    public const string FontUnavailable = Prefix + "font-unavailable";
    public const string InvalidTraceCode = Prefix + "invalid-trace-code";
    public const string UnknownProductBatch = Prefix + "unknown-product-batch";
    public const string UnknownCaptureJob = Prefix + "unknown-capture-job";
    public const string BatchRecalled = Prefix + "batch-recalled";
    public const string UnknownCodeExport = Prefix + "unknown-code-export";
    public const string CodeExportNotReady = Prefix + "code-export-not-ready";
    public const string Unauthenticated = Prefix + "unauthenticated";
    public const string Forbidden = Prefix + "forbidden";
    public const string OutOfScope = Prefix + "out-of-scope";
    public const string InvalidCredentials = Prefix + "invalid-credentials";
    public const string InvalidAccount = Prefix + "invalid-account";
    public const string AccountExists = Prefix + "account-exists";
    public const string UnknownAccount = Prefix + "unknown-account";
    public const string UnknownApiKey = Prefix + "unknown-api-key";
    public const string WorkflowRefused = Prefix + "workflow-refused";
    public const string UnknownAlert = Prefix + "unknown-alert";
    public const string InvalidQuery = Prefix + "invalid-query";
    public const string RateLimited = Prefix + "rate-limited";
    public const string UnknownSigningKey = Prefix + "unknown-signing-key";
    public const string SigningKeyInUse = Prefix + "signing-key-in-use";
    public const string SigningKeyConfigured = Prefix + "signing-key-configured";
    public const string CrossSiteRequest = Prefix + "cross-site-request";
    public const string UnknownPath = Prefix + "unknown-path";
    public const string MethodNotAllowed = Prefix + "method-not-allowed";
}
