using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using QualityMap.Silo.Metrics.Exposition;

namespace QualityMap.Silo.Metrics;

/// <summary><c>GET /metrics</c>: the Prometheus scrape, restricted by <see cref="MetricsAccessPolicy"/>.</summary>
public static class MetricsEndpoint
{
    public static IEndpointConventionBuilder MapQualityMapMetrics(this IEndpointRouteBuilder app)
    {
        var path = app.ServiceProvider.GetRequiredService<IOptions<MetricsOptions>>().Value.Path;
        // Restricted by port and network (Metrics:Port, Metrics:AllowedNetworks), not by account: Prometheus has none.
        return app.MapGet(path, Scrape).ExcludeFromDescription().AllowAnonymous();
    }

    // 404 rather than 403 where scraping is not allowed: the public port does not even admit that metrics exist.
    public static Results<ContentHttpResult, NotFound> Scrape(HttpContext context, PrometheusExporter exporter, MetricsAccessPolicy policy) =>
        policy.Allows(context.Connection.LocalPort, context.Connection.RemoteIpAddress)
            ? TypedResults.Text(exporter.Scrape(), PrometheusText.ContentType)
            : TypedResults.NotFound();
}
