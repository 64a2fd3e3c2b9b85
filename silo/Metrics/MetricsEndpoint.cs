using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Prometheus;

namespace QualityMap.Silo.Metrics;

/// <summary><c>GET /metrics</c>: prometheus-net's scrape of the silo's registry, restricted by <see cref="MetricsAccessPolicy"/>.</summary>
public static class MetricsEndpoint
{
    public static IEndpointConventionBuilder MapQualityMapMetrics(this IEndpointRouteBuilder app)
    {
        var path = app.ServiceProvider.GetRequiredService<IOptions<MetricsOptions>>().Value.Path;
        var registry = app.ServiceProvider.GetRequiredService<CollectorRegistry>();
        var policy = app.ServiceProvider.GetRequiredService<MetricsAccessPolicy>();
        var scrape = app.CreateApplicationBuilder()
            .Use(next => context => policy.Allows(context.Connection.LocalPort, context.Connection.RemoteIpAddress) ? next(context) : NotFound(context))
            .UseMetricServer(settings => settings.Registry = registry, url: null)
            .Build();
        // Restricted by port and network (Metrics:Port, Metrics:AllowedNetworks), not by account: Prometheus has none.
        return app.MapMethods(path, [HttpMethods.Get], scrape).WithDisplayName("Prometheus metrics").ExcludeFromDescription().AllowAnonymous();
    }

    // 404 rather than 403 where scraping is not allowed: the public port does not even admit that metrics exist.
    private static Task NotFound(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }
}
