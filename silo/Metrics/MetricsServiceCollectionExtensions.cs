using System.Diagnostics.Metrics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using QualityMap.Grains.Supervision;
using Orleans.Runtime;
using Prometheus;
using QualityMap.Silo.Metrics.Export;

namespace QualityMap.Silo.Metrics;

public static class MetricsServiceCollectionExtensions
{
    /// <summary>
    /// The silo's prometheus-net registry (every series labelled with the silo), the exporter that fills it from the
    /// QualityMap and Orleans meters, the silo's instruments and the <c>Metrics</c> options.
    /// </summary>
    public static IServiceCollection AddQualityMapMetrics(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MetricsOptions>().Bind(configuration.GetSection(MetricsOptions.SectionName))
            .Validate(o => !o.Validate().Any(), "Metrics options are invalid; see the README's Metrics section.")
            .ValidateOnStart();
        services.AddMetrics();
        services.AddSingleton<MetricsAccessPolicy>();
        services.AddSingleton(sp =>
        {
            // One registry per silo, not prometheus-net's static default: tests run several silos in one process.
            var registry = Prometheus.Metrics.NewCustomRegistry();
            registry.SetStaticLabels(new Dictionary<string, string> { [SiloLabel.Name] = SiloLabel.Of(sp.GetRequiredService<ILocalSiloDetails>()) });
            return registry;
        });
        services.AddSingleton(sp =>
        {
            // Resolved now: the listener hears instruments of every host in the process, also while this one's
            // container is being disposed (tests run several hosts one after the other).
            var meters = sp.GetRequiredService<IMeterFactory>();
            return new MeterExporter(sp.GetRequiredService<CollectorRegistry>(), instrument => QualityMapMeter.IsExported(instrument, meters),
                sp.GetRequiredService<ILogger<MeterExporter>>());
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
        services.AddSingleton<GrainCallMetrics>();
        services.AddSingleton<IIncomingGrainCallFilter>(sp => sp.GetRequiredService<GrainCallMetrics>());
        services.AddSingleton<ReminderMetrics>();
        services.AddSingleton<IIncomingGrainCallFilter>(sp => sp.GetRequiredService<ReminderMetrics>());
        services.AddHostedService(sp => sp.GetRequiredService<ReminderMetrics>());
        services.AddSingleton<DispatchMetrics>();
        services.AddSingleton<MembershipMetrics>();
        services.AddHostedService(sp => sp.GetRequiredService<MembershipMetrics>());
        services.AddSingleton<ProcessMetrics>();
        services.AddHostedService<MetricSources>();
        return services;
    }
}
