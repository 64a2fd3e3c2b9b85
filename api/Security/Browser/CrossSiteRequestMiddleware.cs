using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using QualityMap.Api.Problems;

namespace QualityMap.Api.Security.Browser;

/// <summary>
/// Refuses cross-site requests that ride on a signed-in person's session cookie (CSRF, and cross-site WebSocket
/// hijacking of the hub, whose methods acknowledge alerts). SameSite=Strict already keeps the cookie off most
/// cross-site requests; this is the second line, for browsers or sub-domains where SameSite does not hold.
/// Requests without the cookie (API keys, curl) are not a browser's ambient authority and pass untouched.
/// </summary>
public sealed class CrossSiteRequestMiddleware(RequestDelegate next, IOptions<SecurityOptions> security)
{
    /// <summary>The hubs: every call (WebSocket upgrade, negotiate, long polling) can act with the session.</summary>
    public const string HubsPath = "/hubs";

    private readonly HashSet<string> _allowed = [.. security.Value.AllowedOrigins.Select(Origins.Normalize).OfType<string>()];

    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var acts = !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method))
            || request.Path.StartsWithSegments(HubsPath);
        // A request carrying a key (even a forged ?access_token=) is authenticated by the key handler alone, never
        // by the cookie, so a cross-site sender gains nothing from adding one.
        if (!acts || !request.Cookies.ContainsKey(SecurityServiceCollectionExtensions.SessionCookieName)
            || ApiKeyAuthenticationHandler.Carries(request))
            return next(context);

        string? refusal = null;
        if (request.Headers.Origin is [_, ..] origin)
        {
            // One origin, ours or listed; "null" (a sandboxed or privacy-stripped sender) and lists are foreign.
            var normalized = origin.Count == 1 ? Origins.Normalize(origin[0]) : null;
            if (normalized is null || (normalized != OwnOrigin(request) && !_allowed.Contains(normalized)))
                refusal = $"A signed-in request from origin '{origin}' is refused: only this service's own pages may send it.";
        }
        // Older browsers omit Origin on some requests; Fetch Metadata still tells a cross-site one.
        else if (string.Equals(request.Headers["Sec-Fetch-Site"], "cross-site", StringComparison.OrdinalIgnoreCase))
            refusal = "A signed-in cross-site request (Sec-Fetch-Site: cross-site) is refused.";

        return refusal is null
            ? next(context)
            : Problem.Of(StatusCodes.Status403Forbidden, ProblemTypes.CrossSiteRequest, "Cross-site request refused", refusal,
                "Origin", "same-origin").ExecuteAsync(context);
    }

    private static string? OwnOrigin(HttpRequest request) => Origins.Normalize($"{request.Scheme}://{request.Host}");
}
