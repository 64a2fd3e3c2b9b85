using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using QualityMap.Grains.Alerts;

namespace QualityMap.Api.Alerts;

/// <summary>
/// Tells this silo's alert streams of every new or changed alert of the cluster (from <see cref="Live.LiveFeedRelay"/>),
/// and keeps the latest state of each open alert it has seen for <c>qualitymap_alerts_unacknowledged</c>. Listeners
/// must only queue, never block: they run on the relay's delivery.
/// </summary>
public sealed class AlertFeed
{
    private readonly ConcurrentDictionary<string, Alert> _latest = new(StringComparer.Ordinal);

    public AlertFeed(IMeterFactory meters)
    {
        meters.Create("QualityMap").CreateObservableGauge("qualitymap_alerts_unacknowledged", Unacknowledged,
            description: "Alerts raised or changed since the service started that nobody has acknowledged, by region and kind.");
    }

    public event Action<Alert>? Published;

    public void Deliver(Alert alert)
    {
        // Only open alerts are counted, so an acknowledged one is forgotten: the map stays as small as what is open.
        if (alert.Acknowledged) _latest.TryRemove(alert.Id, out _);
        else _latest.AddOrUpdate(alert.Id, alert, (_, known) => known.Revision > alert.Revision ? known : alert);
        Published?.Invoke(alert);
    }

    private IEnumerable<Measurement<long>> Unacknowledged() =>
        _latest.Values
            .GroupBy(a => (a.RegionCode, a.Kind))
            .Select(g => new Measurement<long>(g.Count(),
                new KeyValuePair<string, object?>("region", g.Key.RegionCode), new KeyValuePair<string, object?>("kind", g.Key.Kind)));

}
