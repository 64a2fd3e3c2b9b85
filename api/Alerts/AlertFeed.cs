using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using QualityMap.Grains.Alerts;

namespace QualityMap.Api.Alerts;

/// <summary>
/// Tells the alert streams of every new or changed alert, and keeps the latest state of each alert it has seen for
/// <c>qualitymap_alerts_unacknowledged</c>. Listeners must only queue, never block: they run on the grain's turn.
/// </summary>
public sealed class AlertFeed : IAlertFeed, IDisposable
{
    private readonly ConcurrentDictionary<string, Alert> _latest = new(StringComparer.Ordinal);
    private readonly Meter _meter = new("QualityMap");

    public AlertFeed()
    {
        _meter.CreateObservableGauge("qualitymap_alerts_unacknowledged", Unacknowledged,
            description: "Alerts raised or changed since the service started that nobody has acknowledged, by region and kind.");
    }

    public event Action<Alert>? Published;

    public void Publish(Alert alert)
    {
        _latest.AddOrUpdate(alert.Id, alert, (_, known) => known.Revision > alert.Revision ? known : alert);
        Published?.Invoke(alert);
    }

    private IEnumerable<Measurement<long>> Unacknowledged() =>
        _latest.Values.Where(a => !a.Acknowledged)
            .GroupBy(a => (a.RegionCode, a.Kind))
            .Select(g => new Measurement<long>(g.Count(),
                new KeyValuePair<string, object?>("region", g.Key.RegionCode), new KeyValuePair<string, object?>("kind", g.Key.Kind)));

    public void Dispose() => _meter.Dispose();
}
