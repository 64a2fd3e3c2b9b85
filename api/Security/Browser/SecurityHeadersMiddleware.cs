using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace QualityMap.Api.Security.Browser;

/// <summary>
/// Headers browsers act on, set once for every response: <c>nosniff</c> everywhere (no JSON or CSV is ever run as a
/// script); on HTML pages the CSP and a referrer policy that keeps addresses (the wall's key is in its fragment, a
/// code's token in its path) from leaving the service; HSTS on HTTPS.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next, ContentSecurityPolicy policy, IOptions<SecurityOptions> security)
{
    private readonly string _hsts = $"max-age={(long)security.Value.HstsMaxAge.TotalSeconds}";

    public Task InvokeAsync(HttpContext context)
    {
        // Decided when the answer starts: only then are its content type and the routed endpoint known, whichever
        // part of the pipeline (static files, an endpoint, an error page) wrote it.
        context.Response.OnStarting(static state =>
        {
            var (self, context) = ((SecurityHeadersMiddleware, HttpContext))state;
            self.Apply(context);
            return Task.CompletedTask;
        }, (this, context));
        return next(context);
    }

    private void Apply(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        // Written here rather than by UseHsts, which leaves out localhost and so could be neither tested nor used on
        // a wall that reaches the service by a local name. HTTPS only: HSTS over plain HTTP is ignored by browsers.
        if (context.Request.IsHttps) headers.StrictTransportSecurity = _hsts;

        if (context.Response.ContentType is not { } type || !type.StartsWith("text/html", StringComparison.OrdinalIgnoreCase)) return;
        var page = context.GetEndpoint()?.Metadata.GetMetadata<PagePolicy>();
        headers.ContentSecurityPolicy = policy.For(context.Request.Path, page);
        // same-origin: the page's own requests keep their Referer and Origin (the Origin rule relies on it).
        headers["Referrer-Policy"] = page?.ReferrerPolicy ?? "same-origin";
    }
}
