using System.Diagnostics.Metrics;

namespace QualityMap.Api.Live;

/// <summary>The live-map instruments; names are the Prometheus names (docs: README, "Metrics").</summary>
public sealed class LiveMetrics
{
    private readonly UpDownCounter<long> _connections;
    private readonly UpDownCounter<long> _streams;
    private readonly Counter<long> _messages;
    private readonly Counter<long> _snapshots;

    public LiveMetrics(IMeterFactory meters)
    {
        // The host's factory owns (and disposes) the meter, so two hosts in one process never mix their figures.
        var meter = meters.Create("QualityMap");
        _connections = meter.CreateUpDownCounter<long>("qualitymap_signalr_connections", description: "SignalR connections open on the map hub.");
        _streams = meter.CreateUpDownCounter<long>("qualitymap_live_streams", description: "Watch streams open (a connection may watch several regions).");
        _messages = meter.CreateCounter<long>("qualitymap_signalr_messages_sent_total", description: "Live-map messages sent to clients, by type.");
        _snapshots = meter.CreateCounter<long>("qualitymap_live_snapshots_total", description: "Snapshots sent, by reason (subscribe, resume-too-old, epoch-changed, lagging).");
    }

    public void Connected() => _connections.Add(1);

    public void Disconnected() => _connections.Add(-1);

    public void StreamOpened() => _streams.Add(1);

    public void StreamClosed() => _streams.Add(-1);

    public void MessageSent(LiveMessage message) => _messages.Add(1, new KeyValuePair<string, object?>("type", message.Type));

    public void SnapshotSent(string reason) => _snapshots.Add(1, new KeyValuePair<string, object?>("reason", reason));
}
