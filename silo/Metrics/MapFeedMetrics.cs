using System.Diagnostics.Metrics;
using QualityMap.Grains.Classification;
using QualityMap.Grains.Map;
using QualityMap.Api.Live;

namespace QualityMap.Silo.Metrics;

/// <summary>
/// Counts the map updates this silo's grains publish and how long after their cause's commit region updates appear.
/// Counted where they are made, not where the cluster's feed delivers them (every silo): summed over the silos, each
/// update counts once.
/// </summary>
public sealed class MapFeedMetrics : IDisposable
{
    private readonly LiveFeedPublisher _feed;
    private readonly Counter<long> _reclassifications;
    private readonly Counter<long> _warningChanges;
    private readonly Histogram<double> _updateLatency;

    public MapFeedMetrics(LiveFeedPublisher feed, IMeterFactory meters)
    {
        var meter = meters.Create(QualityMapMeter.Name);
        _reclassifications = meter.CreateCounter<long>("qualitymap_reclassifications_total",
            description: "Enterprises changing class, by direction: to_high (code turns red) or to_low (code turns green).");
        _warningChanges = meter.CreateCounter<long>("qualitymap_warning_changes_total",
            description: "Formal warnings raised, escalated or otherwise changed (DB3304/T 056 §4.2), by action.");
        _updateLatency = meter.CreateHistogram("qualitymap_map_update_latency_seconds", unit: "s",
            description: "From the journal commit of an event to the region update it caused being published to the map feed, by region level.",
            tags: null, advice: QualityMapMeter.LatencyAdvice);
        _feed = feed;
        _feed.Publishing += OnPublishing;
    }

    public void Dispose() => _feed.Publishing -= OnPublishing;

    // Runs inside the publishing grain's turn, so the request context still carries the commit moment of the event
    // that caused this update.
    private void OnPublishing(MapUpdate update)
    {
        switch (update)
        {
            case RegionChanged changed when JournalMetrics.SecondsSinceCommit() is { } seconds:
                _updateLatency.Record(seconds, new KeyValuePair<string, object?>("level", LabelValues.Of(changed.Region.Level)));
                break;
            case EnterpriseReclassified reclassified:
                _reclassifications.Add(1, new KeyValuePair<string, object?>("direction", reclassified.To == RiskClass.High ? "to_high" : "to_low"));
                break;
            case WarningChanged warning:
                _warningChanges.Add(1, new KeyValuePair<string, object?>("action", warning.Action));
                break;
        }
    }
}
