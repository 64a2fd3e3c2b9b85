using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace QualityMap.Api.Trace;

/// <summary>Traceability (一码贯通): batches and their trace codes, the public scan pages.</summary>
public static class TraceServiceCollectionExtensions
{
    public static IServiceCollection AddQualityMapTrace(this IServiceCollection services)
    {
        services.AddSingleton<TraceCodeRenderer>();
        return services;
    }

    public static IEndpointRouteBuilder MapQualityMapTrace(this IEndpointRouteBuilder app)
    {
        app.MapBatchesApi();
        app.MapScanPages();
        return app;
    }
}
