using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using QualityMap.Api.Codes;
using QualityMap.Api.RateLimiting;
using QualityMap.Api.Security.Browser;
using QualityMap.Grains.Enterprises;
using QualityMap.Grains.Regions;
using QualityMap.Grains.Trace;

namespace QualityMap.Api.Trace;

/// <summary>
/// The public page behind every trace code, at its Digital Link path <c>/01/{gtin}/10/{lot}[/21/{serial}]</c>, and
/// the other carriers of a batch, <c>/ccc/{number}</c> and <c>/ecode/{code}</c>. HTML for a phone; an RFC 9264
/// linkset for <c>Accept: application/linkset+json</c>. A code the service does not know is 404 未登记, never 5xx.
/// </summary>
public static class ScanApi
{
    public static IEndpointRouteBuilder MapScanPages(this IEndpointRouteBuilder app)
    {
        var policy = new PagePolicy([ScanPage.StyleHash], "no-referrer");
        app.MapGet($"/{DigitalLink.GtinAi}/{{**path}}", GetAsync).WithTags("Traceability").ExcludeFromDescription().AllowAnonymous()
            .RequireRateLimiting(RateLimitPolicies.PublicPages).WithMetadata(policy);
        app.MapGet($"/{{carrier:regex(^({TraceAlias.Ccc}|{TraceAlias.Ecode})$)}}/{{code}}", GetAliasAsync).WithTags("Traceability")
            .ExcludeFromDescription().AllowAnonymous().RequireRateLimiting(RateLimitPolicies.PublicPages).WithMetadata(policy);
        return app;
    }

    public static async Task<IResult> GetAsync(
        HttpContext context, IGrainFactory grains, RegionTree regions, IOptions<CodesOptions> options, TimeProvider time)
    {
        var link = DigitalLink.Parse(EncodedSegmentsAfterAi(context));
        var batch = link is null ? null : await grains.GetGrain<IBatchGrain>(link.Batch.GrainKey).GetAsync();
        // A serial outside the batch's range is as unknown as a lot never registered: it may be a copied code.
        if (batch is null || link!.Serial is { } serial && batch.Serials?.Contains(serial) != true) return Unknown(context);

        var producer = await grains.GetGrain<IEnterpriseGrain>(batch.ProducerUscc).GetAsync();
        var facts = ScanFacts.Of(link, batch, producer, regions);
        context.Response.Headers.CacheControl = "no-store";  // a failed sampling or a recall shows at the next scan
        context.Response.Headers.Vary = "Accept";
        if (WantsLinkset(context.Request)) return Results.Json(Linkset.For(link, options.Value.PublicBaseUrl, facts.ProductName), contentType: Linkset.MediaType);
        context.Response.Headers.Link = $"<{link.On(options.Value.PublicBaseUrl)}>; rel=\"linkset\"; type=\"{Linkset.MediaType}\"";
        return Results.Content(ScanPage.Known(facts, time.GetUtcNow()), "text/html; charset=utf-8");
    }

    /// <summary>A CCC number or an Ecode: to its batch's page when it names one, a 404 when none.</summary>
    public static async Task<IResult> GetAliasAsync(string carrier, string code, HttpContext context, IGrainFactory grains)
    {
        var keys = await grains.GetGrain<ITraceAliasGrain>(TraceAlias.Key(carrier, code)).GetAsync();
        if (keys.Count == 0) return Unknown(context);
        // A CCC certificate covers a product type: of its batches, the latest registered is the one on the shelf.
        var latest = BatchKey.Parse(keys[^1]);
        return Results.Redirect(new DigitalLink(latest, null).Path);
    }

    private static IResult Unknown(HttpContext context)
    {
        context.Response.Headers.CacheControl = "no-store";
        return WantsLinkset(context.Request)
            ? Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown trace code",
                detail: "No batch is registered under this code.", type: Problems.ProblemTypes.UnknownProductBatch)
            : Results.Content(ScanPage.Unknown(), "text/html; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
    }

    private static bool WantsLinkset(HttpRequest request) =>
        request.Headers.Accept.Any(a => a?.Contains(Linkset.MediaType, StringComparison.OrdinalIgnoreCase) == true);

    // The segments after /01/, as sent: the decoded path would have turned a lot's "%2F" into a separator or left it
    // half-decoded, and a lot "A%41" would read as "AA". Counted from the end, so a path base in front does not matter.
    // A server that keeps no raw target (the in-memory test server) gets the decoded path, escaped again.
    private static List<string> EncodedSegmentsAfterAi(HttpContext context)
    {
        var raw = context.Features.Get<IHttpRequestFeature>()?.RawTarget;
        if (string.IsNullOrEmpty(raw)) raw = string.Join('/', (context.Request.Path.Value ?? "").Split('/').Select(Uri.EscapeDataString));
        var query = raw.IndexOf('?');
        var segments = (query >= 0 ? raw[..query] : raw).Split('/');
        var routed = (context.Request.Path.Value ?? "").Split('/').Length;
        return [.. segments.Skip(Math.Max(0, segments.Length - routed)).SkipWhile(s => s.Length == 0).Skip(1)];
    }
}
