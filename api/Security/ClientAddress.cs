using Microsoft.AspNetCore.Http;

namespace QualityMap.Api.Security;

/// <summary>Where a request came from, as the audit journal, the rate limits and the lock-outs name it.</summary>
public static class ClientAddress
{
    /// <summary>The service itself (start-up, maintenance verbs), not a client.</summary>
    public const string Local = "local";

    /// <summary>The client's IP address (the proxy's, unless forwarded headers are trusted); <c>unknown</c> without one (the in-memory test server).</summary>
    public static string Of(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
