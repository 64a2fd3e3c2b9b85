namespace QualityMap.Api.RateLimiting;

/// <summary>The rate limiter policies endpoints name (<c>RequireRateLimiting</c>), and what each partitions by.</summary>
public static class RateLimitPolicies
{
    /// <summary><c>POST /api/session</c>, per client address.</summary>
    public const string SignIn = "sign-in";

    /// <summary>The public verification and trace-code pages, per client address.</summary>
    public const string PublicPages = "public-pages";

    /// <summary><c>POST /api/events</c>, per API key.</summary>
    public const string Ingest = "ingest";

    /// <summary>Starting a bulk code export, per account.</summary>
    public const string CodeExports = "code-exports";

    /// <summary>The request field a refusal names: what the limit counted.</summary>
    public static string PartitionField(string policy) => policy switch
    {
        Ingest => "apiKey",
        CodeExports => "account",
        _ => "address",
    };
}
