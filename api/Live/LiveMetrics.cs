using System.Diagnostics.Metrics;

namespace QualityMap.Api.Live;

/// <summary>The live-map instruments; names are the Prometheus names (docs: README, "Metrics").</summary>
public sealed class LiveMetrics : IDisposable
{
    private readonly Meter _meter = new("QualityMap");
    private readonly UpDownCounter<long> _connections;
    private readonly UpDownCounter<long> _streams;
    private readonly Counter<long> _messages;
    private readonly Counter<long> _snapshots;

    public LiveMetrics()
    {
        _connections = _meter.CreateUpDownCounter<long>("qualitymap_signalr_connections", description: "SignalR connections open on the map hub.");
        _streams = _meter.CreateUpDownCounter<long>("qualitymap_live_streams", description: "Watch streams open (a connection may watch several regions).");
        _messages = _meter.CreateCounter<long>("qualitymap_signalr_messages_sent_total", description: "Live-map messages sent to clients, by type.");
        _snapshots = _meter.CreateCounter<long>("qualitymap_live_snapshots_total", description: "Snapshots sent, by reason (subscribe, resume-too-old, epoch-changed, lagging).");
    }

    public void Connected() => _connections.Add(1);

    public void Disconnected() => _connections.Add(-1);

    public void StreamOpened() => _streams.Add(1);

    public void StreamClosed() => _streams.Add(-1);

    public void MessageSent(LiveMessage message) => _messages.Add(1, new KeyValuePair<string, object?>("type", message.Type));

    public void SnapshotSent(string reason) => _snapshots.Add(1, new KeyValuePair<string, object?>("reason", reason));

    public void Dispose() => _meter.Dispose();
}
