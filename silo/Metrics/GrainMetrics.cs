using System.Diagnostics.Metrics;
using Orleans.Metadata;
using QualityMap.Grains.Enterprises;

namespace QualityMap.Silo.Metrics;

/// <summary>
/// Grain activations and deactivations by grain class, counted on Orleans' grain lifecycle: every activation of a
/// QualityMap grain class is configured with a lifecycle observer at the Activate stage (started: activated; stopped:
/// deactivated). Orleans' own catalogue meters carry the same per silo; these keep the service's family names.
/// </summary>
public sealed class GrainMetrics : IConfigureGrainContextProvider
{
    private readonly GrainClassMap _classes;
    private readonly Counter<long> _activations;
    private readonly Counter<long> _deactivations;
    private readonly UpDownCounter<long> _active;

    public GrainMetrics(GrainClassMap classes, IMeterFactory meters)
    {
        _classes = classes;
        var meter = meters.Create(QualityMapMeter.Name);
        _activations = meter.CreateCounter<long>("qualitymap_grain_activations_total",
            description: "Grain activations (state loaded into memory), by grain type.");
        _deactivations = meter.CreateCounter<long>("qualitymap_grain_deactivations_total",
            description: "Grain deactivations (idle collection or shutdown), by grain type.");
        _active = meter.CreateUpDownCounter<long>("qualitymap_grains_active",
            description: "Grain activations in memory, by grain type.");
    }

    public bool TryGetConfigurator(GrainType grainType, GrainProperties properties, out IConfigureGrainContext configurator)
    {
        if (_classes.TryGetGrainClass(grainType, out var grainClass) && grainClass.Assembly == typeof(EnterpriseGrain).Assembly)
        {
            configurator = new LifecycleCounter(this, new KeyValuePair<string, object?>("type", grainClass.Name));
            return true;
        }
        configurator = null!;
        return false;
    }

    private sealed class LifecycleCounter(GrainMetrics metrics, KeyValuePair<string, object?> type) : IConfigureGrainContext
    {
        public void Configure(IGrainContext context) => context.ObservableLifecycle.Subscribe(
            nameof(GrainMetrics), GrainLifecycleStage.Activate,
            _ =>
            {
                metrics._activations.Add(1, type);
                metrics._active.Add(1, type);
                return Task.CompletedTask;
            },
            _ =>
            {
                metrics._deactivations.Add(1, type);
                metrics._active.Add(-1, type);
                return Task.CompletedTask;
            });
    }
}
