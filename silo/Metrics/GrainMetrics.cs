using System.Diagnostics.Metrics;
using QualityMap.Silo.Runtime;

namespace QualityMap.Silo.Metrics;

/// <summary>Grain activations and deactivations by grain class, and the reminder schedule.</summary>
public sealed class GrainMetrics : IDisposable
{
    private readonly GrainCatalog _catalog;
    private readonly Counter<long> _activations;
    private readonly Counter<long> _deactivations;
    private readonly UpDownCounter<long> _active;

    public GrainMetrics(GrainCatalog catalog, ReminderService reminders, IMeterFactory meters)
    {
        var meter = meters.Create(QualityMapMeter.Name);
        _activations = meter.CreateCounter<long>("qualitymap_grain_activations_total",
            description: "Grain activations (state loaded into memory), by grain type.");
        _deactivations = meter.CreateCounter<long>("qualitymap_grain_deactivations_total",
            description: "Grain deactivations (idle collection or shutdown), by grain type.");
        _active = meter.CreateUpDownCounter<long>("qualitymap_grains_active",
            description: "Grain activations in memory, by grain type.");
        meter.CreateObservableGauge("qualitymap_reminders_pending", () => reminders.Pending,
            description: "Durable reminders scheduled (e.g. the moment an enterprise's evidence ages out).");
        meter.CreateObservableGauge("qualitymap_reminders_due", () => reminders.Due,
            description: "Scheduled reminders whose due time has passed and that have not been delivered yet.");
        meter.CreateObservableCounter("qualitymap_reminders_fired_total", () => reminders.Delivered,
            description: "Reminders delivered to their grain.");
        meter.CreateObservableCounter("qualitymap_reminder_failures_total", () => reminders.FailedDeliveries,
            description: "Reminder deliveries that failed and were scheduled for a retry.");
        _catalog = catalog;
        _catalog.ActivationChanged += OnActivationChanged;
    }

    public void Dispose() => _catalog.ActivationChanged -= OnActivationChanged;

    private void OnActivationChanged(GrainClass grainClass, bool activated)
    {
        var type = new KeyValuePair<string, object?>("type", grainClass.Name);
        (activated ? _activations : _deactivations).Add(1, type);
        _active.Add(activated ? 1 : -1, type);
    }
}
