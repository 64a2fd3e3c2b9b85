using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using QualityMap.Silo.Metrics.Export;

namespace QualityMap.Silo.Metrics;

/// <summary>
/// Brings the exporter and the metric sources to life when the host starts. The host builds every hosted service
/// before it starts the first, so by the time storage migrates and the map is rebuilt the exporter is listening
/// and the feed subscribers see the rebuild; counts recorded before a listener exists would be lost.
/// </summary>
public sealed class MetricSources : IHostedService
{
    /// <summary>The singletons that record or observe; each is registered once and resolved here.</summary>
    public static IReadOnlyList<Type> Types { get; } =
    [
        typeof(MeterExporter), typeof(MapSnapshot), typeof(MapFeedMetrics), typeof(MapMetrics), typeof(SupervisionTaskMetrics),
        typeof(GrainMetrics), typeof(DispatchMetrics), typeof(MembershipMetrics), typeof(ProcessMetrics),
    ];

    public MetricSources(IServiceProvider services)
    {
        foreach (var type in Types) services.GetRequiredService(type);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
