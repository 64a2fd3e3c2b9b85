using System.Diagnostics.Metrics;
using QualityMap.Silo.Ingestion;

namespace QualityMap.Silo.Metrics;

/// <summary>
/// How far the cluster's one dispatcher has applied the journal, and how much committed work waits for it. The
/// progress gauges come only from the silo that runs the dispatcher (every silo has a <see cref="JournalDispatcher"/>,
/// idle on the others), so after a failover they move to the survivor's <c>silo</c> label.
/// </summary>
public sealed class DispatchMetrics
{
    public DispatchMetrics(JournalDispatcher dispatcher, IMeterFactory meters)
    {
        var meter = meters.Create(QualityMapMeter.Name);
        meter.CreateObservableGauge("qualitymap_dispatch_running", () => dispatcher.IsRunning ? 1 : 0,
            description: "1 on the silo that runs the cluster's journal dispatcher, 0 on the others.");
        meter.CreateObservableGauge("qualitymap_dispatch_applied_seq", () => WhileRunning(dispatcher, dispatcher.AppliedThrough),
            description: "The journal sequence up to which every event has been applied to its grain.");
        meter.CreateObservableGauge("qualitymap_dispatch_backlog_events",
            () => WhileRunning(dispatcher, Math.Max(0, dispatcher.CommittedThrough - dispatcher.AppliedThrough)),
            description: "Journaled events the dispatcher knows of and has not applied yet.");
    }

    private static IEnumerable<Measurement<long>> WhileRunning(JournalDispatcher dispatcher, long value) =>
        dispatcher.IsRunning ? [new Measurement<long>(value)] : [];
}
