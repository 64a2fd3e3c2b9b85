using System.Diagnostics.Metrics;
using QualityMap.Silo.Ingestion;

namespace QualityMap.Silo.Metrics;

/// <summary>How far the dispatcher has applied the journal, and how much committed work waits for it.</summary>
public sealed class DispatchMetrics
{
    public DispatchMetrics(JournalDispatcher dispatcher, IMeterFactory meters)
    {
        var meter = meters.Create(QualityMapMeter.Name);
        meter.CreateObservableGauge("qualitymap_dispatch_applied_seq", () => dispatcher.AppliedThrough,
            description: "The journal sequence up to which every event has been applied to its grain.");
        meter.CreateObservableGauge("qualitymap_dispatch_backlog_events", () => Math.Max(0, dispatcher.CommittedThrough - dispatcher.AppliedThrough),
            description: "Journaled events the dispatcher knows of and has not applied yet.");
    }
}
