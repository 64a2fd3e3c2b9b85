using System.Diagnostics.Metrics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using QualityMap.Grains.Supervision;
using QualityMap.Silo.Metrics.Exposition;

namespace QualityMap.Silo.Metrics;

public static class MetricsServiceCollectionExtensions
{
    /// <summary>The Prometheus exporter, the silo's instruments and the <c>Metrics</c> options.</summary>
    public static IServiceCollection AddQualityMapMetrics(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MetricsOptions>().Bind(configuration.GetSection(MetricsOptions.SectionName))
            .Validate(o => !o.Validate().Any(), "Metrics options are invalid; see the README's Metrics section.")
            .ValidateOnStart();
        services.AddMetrics();
        services.AddSingleton<MetricsAccessPolicy>();
        services.AddSingleton(sp =>
        {
            // Resolved now: the listener hears instruments of every host in the process, also while this one's
            // container is being disposed (tests run several hosts one after the other).
            var meters = sp.GetRequiredService<IMeterFactory>();
            return new PrometheusExporter(meter => QualityMapMeter.IsExported(meter, meters), sp.GetRequiredService<ILogger<PrometheusExporter>>());
        });
        services.AddSingleton<JournalMetrics>();
        services.AddSingleton<MapSnapshot>();
        services.AddSingleton<MapFeedMetrics>();
        services.AddSingleton<MapMetrics>();
        services.AddSingleton<CountyTaskSnapshot>();
        services.AddSingleton<ICountyTaskFeed>(sp => sp.GetRequiredService<CountyTaskSnapshot>());
        services.AddSingleton<SupervisionTaskMetrics>();
        services.AddSingleton<GrainMetrics>();
        services.AddSingleton<IConfigureGrainContextProvider>(sp => sp.GetRequiredService<GrainMetrics>());
        services.AddSingleton<ReminderMetrics>();
        services.AddSingleton<IIncomingGrainCallFilter>(sp => sp.GetRequiredService<ReminderMetrics>());
        services.AddHostedService(sp => sp.GetRequiredService<ReminderMetrics>());
        services.AddSingleton<DispatchMetrics>();
        services.AddSingleton<ProcessMetrics>();
        services.AddHostedService<MetricSources>();
        return services;
    }
}
