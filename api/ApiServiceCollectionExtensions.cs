using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using QualityMap.Api.Alerts;
using QualityMap.Api.Apis;
using QualityMap.Api.Bulletins;
using QualityMap.Api.Codes;
using QualityMap.Api.Ingestion;
using QualityMap.Api.Live;
using QualityMap.Api.RateLimiting;
using QualityMap.Api.Security;
using QualityMap.Api.Metrics;
using QualityMap.Api.Problems;
using QualityMap.Api.Printing;
using QualityMap.Api.Supervision;
using QualityMap.Api.Trace;

namespace QualityMap.Api;

public static class ApiServiceCollectionExtensions
{
    /// <summary>Problem details, the JSON shape (camelCase, enums as snake_case strings), the ingestion limits and the live map.</summary>
    public static IServiceCollection AddQualityMapApi(this IServiceCollection services, IConfiguration configuration)
    {
        // Composed with the other customisations (AddQualityMapSecurity's 401/403 types), whichever is added first.
        services.AddProblemDetails(o =>
        {
            var before = o.CustomizeProblemDetails;
            o.CustomizeProblemDetails = context =>
            {
                before?.Invoke(context);
                FrameworkProblems.Customize(context);
            };
        });
        services.Configure<JsonOptions>(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower)));
        services.AddOptions<IngestionOptions>()
            .Bind(configuration.GetSection(IngestionOptions.SectionName))
            .Validate(o => !o.Validate().Any(), "Ingestion options are invalid; see the README configuration table.")
            .ValidateOnStart();
        services.AddOptions<EventValidationOptions>().Bind(configuration.GetSection(IngestionOptions.SectionName));
        services.AddSingleton<IEventValidationContext, RegionTreeValidationContext>();
        services.AddLiveMap(configuration);
        services.AddAlerts(configuration);
        services.AddSingleton<IngestionMetrics>();
        services.AddQualityMapRateLimits(configuration);
        services.AddQualityMapTrace(configuration);
        services.AddQualityMapPrinting(configuration);
        return services;
    }

    public static IEndpointRouteBuilder MapQualityMapApi(this IEndpointRouteBuilder app)
    {
        app.MapQualityMapSecurity();
        app.MapEventsApi();
        app.MapRegionsApi();
        app.MapEnterprisesApi();
        app.MapWarningsApi();
        app.MapWarningWorkflowApi();
        app.MapBulletinsApi();
        app.MapSupervisionApi();
        app.MapLiveMap();
        app.MapAlertsApi();
        app.MapQualityMapCodes();
        app.MapQualityMapTrace();
        return app;
    }
}
