using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using QualityMap.Api.Epcis;

namespace QualityMap.Api.Trace;

/// <summary>Traceability (一码贯通): batches and their trace codes, the public scan pages.</summary>
public static class TraceServiceCollectionExtensions
{
    public static IServiceCollection AddQualityMapTrace(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TraceOptions>()
            .Bind(configuration.GetSection(TraceOptions.SectionName))
            .Validate(o => !o.Validate().Any(), "Trace options are invalid: Trace:RetentionYears is at least 3; see the README configuration table.")
            .ValidateOnStart();
        services.AddSingleton<TraceCodeRenderer>();
        services.AddSingleton<ReverseTrace>();
        return services;
    }

    public static IEndpointRouteBuilder MapQualityMapTrace(this IEndpointRouteBuilder app)
    {
        app.MapBatchesApi();
        app.MapRecallApi();
        app.MapTraceLabelsApi();
        app.MapScanPages();
        app.MapEpcisCapture();
        app.MapEpcisQuery();
        app.MapTradeApi();
        return app;
    }
}
