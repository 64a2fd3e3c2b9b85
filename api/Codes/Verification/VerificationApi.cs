using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using QualityMap.Api.RateLimiting;
using QualityMap.Api.Security;
using QualityMap.Api.Security.Browser;
using QualityMap.Api.Codes.Signing;
using QualityMap.Grains.Enterprises;

namespace QualityMap.Api.Codes.Verification;

/// <summary>The public page behind every printed code: <c>GET /v/{token}</c>.</summary>
public static class VerificationApi
{
    public static IEndpointConventionBuilder MapVerificationPage(this IEndpointRouteBuilder app) =>
        // A catch-all, so any damaged path below /v/ still gets the "invalid code" page, and is counted.
        app.MapGet(CodeSigner.VerificationPath + "{**token}", GetAsync).WithTags("Codes").ExcludeFromDescription().AllowAnonymous()
            .RequireRateLimiting(RateLimitPolicies.PublicPages)
            // The shared CSP plus the page's one inline style block; no Referer, so a scanned token goes nowhere else.
            .WithMetadata(new PagePolicy([VerificationPage.StyleHash], "no-referrer"));

    /// <summary>
    /// 200 with the current colour, or 404 with the same "invalid code" page whatever was wrong (signature, key id,
    /// truncation, unknown enterprise), so a scanner learns nothing about other enterprises.
    /// </summary>
    public static async Task<IResult> GetAsync(
        string? token, CodeSigner signer, IGrainFactory grains, TimeProvider time, CodeMetrics metrics, HttpContext context)
    {
        var uscc = token is null ? null : await signer.VerifyAsync(token);
        var enterprise = uscc is null ? null : await grains.GetGrain<IEnterpriseGrain>(uscc).GetAsync();
        metrics.Verified(enterprise is not null);

        context.Response.Headers.CacheControl = "no-store";  // the colour can change at any moment
        return enterprise is null
            ? Results.Content(VerificationPage.Invalid(), "text/html; charset=utf-8", statusCode: StatusCodes.Status404NotFound)
            : Results.Content(VerificationPage.Valid(enterprise, time.GetUtcNow()), "text/html; charset=utf-8");
    }
}
