using System.Threading.Channels;
using QualityMap.Grains.Map;
using QualityMap.Grains.Regions;

namespace QualityMap.Api.Live;

/// <summary>
/// One <c>Watch</c> stream. The feed hands it the relevant updates synchronously; it only folds them into
/// pending state (each region's latest summary, the ticker items) and wakes its pump. The pump coalesces for a
/// short window, then writes one message into a small bounded channel that SignalR drains at the client's pace.
/// A slow client therefore only makes its own pending state fold further; when its ticker backlog passes the
/// limit the backlog is dropped and the client is sent a fresh snapshot instead (reason "lagging").
/// </summary>
internal sealed class Watcher : IAsyncDisposable
{
    private readonly LiveBroadcaster _broadcaster;
    private readonly LiveOptions _options;
    private readonly Channel<LiveMessage> _output;
    // No maximum count: a wake left over from a pass that already took the changes only costs an empty look.
    private readonly SemaphoreSlim _wake = new(0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Lock _gate = new();
    private readonly Dictionary<string, RegionSummary> _regions = new(StringComparer.Ordinal);
    private readonly List<TickerItem> _ticker = [];
    private long _lastSeq;
    private string? _snapshotReason;
    private bool _signalled;
    private Task _pump = Task.CompletedTask;

    public Watcher(Region region, LiveBroadcaster broadcaster, LiveOptions options)
    {
        Region = region;
        _broadcaster = broadcaster;
        _options = options;
        _output = Channel.CreateBounded<LiveMessage>(new BoundedChannelOptions(options.StreamCapacity)
        {
            SingleReader = true,
            SingleWriter = true,
        });
    }

    public Region Region { get; }

    public ChannelReader<LiveMessage> Messages => _output.Reader;

    /// <summary>Starts with a snapshot. Called while the feed is locked.</summary>
    public void StartWithSnapshot(string reason)
    {
        lock (_gate) _snapshotReason = reason;
    }

    /// <summary>Starts from a resume point with the updates missed since. Called while the feed is locked.</summary>
    public void StartFrom(long seq, IEnumerable<MapFeedItem> missed)
    {
        lock (_gate) _lastSeq = seq;
        foreach (var item in missed) Offer(item);
    }

    /// <summary>The feed broke off: the next message is a snapshot. Called while the feed is locked.</summary>
    public void Restart(string reason)
    {
        lock (_gate)
        {
            _snapshotReason = reason;
            _regions.Clear();
            _ticker.Clear();
            if (_signalled) return;
            _signalled = true;
        }
        _wake.Release();
    }

    public void Run() => _pump = PumpAsync(_stop.Token);

    /// <summary>A relevant update, offered while the feed is locked: fold it in and wake the pump, never block.</summary>
    public void Offer(MapFeedItem item)
    {
        lock (_gate)
        {
            if (_snapshotReason is not null) return;   // the coming snapshot reads state that includes it
            if (item.Update is RegionChanged changed)
            {
                _regions[changed.Region.Code] = changed.Region;
            }
            else if (TickerItem.Of(item) is { } tickerItem)
            {
                if (_ticker.Count >= _options.MaxPendingTicker)
                {
                    _snapshotReason = SnapshotReasons.Lagging;
                    _regions.Clear();
                    _ticker.Clear();
                }
                else
                {
                    _ticker.Add(tickerItem);
                }
            }

            if (_signalled) return;
            _signalled = true;
        }
        _wake.Release();
    }

    /// <summary>
    /// What the client is sent next: a snapshot request, a delta, or nothing. Called while the feed is locked, so
    /// <paramref name="lastSequence"/> covers exactly the updates that were offered before.
    /// </summary>
    public PendingMessage? TakePending(long lastSequence, bool allowEmpty)
    {
        lock (_gate)
        {
            _signalled = false;
            if (_snapshotReason is { } reason)
            {
                _snapshotReason = null;
                _regions.Clear();
                _ticker.Clear();
                _lastSeq = lastSequence;
                return new PendingMessage(reason, lastSequence, null);
            }

            if (_regions.Count == 0 && _ticker.Count == 0 && (!allowEmpty || lastSequence == _lastSeq)) return null;
            var delta = new DeltaMessage(_broadcaster.Epoch, _lastSeq, lastSequence, [.. _regions.Values], [.. _ticker]);
            _regions.Clear();
            _ticker.Clear();
            _lastSeq = lastSequence;
            return new PendingMessage(null, lastSequence, delta);
        }
    }

    private async Task PumpAsync(CancellationToken cancellationToken)
    {
        try
        {
            // The first message is always sent, even an empty delta: a resuming client learns it is caught up.
            var allowEmpty = true;
            while (true)
            {
                if (_broadcaster.TakePending(this, allowEmpty) is { } pending)
                {
                    LiveMessage message = pending.Delta is { } delta ? delta : await _broadcaster.SnapshotAsync(Region, pending.SnapshotReason!, pending.Seq);
                    await _output.Writer.WriteAsync(message, cancellationToken);
                }

                // Coalescing and heartbeats are about the wire, not the domain, so they run on real time even in
                // tests whose domain clock is manual.
                var woken = await _wake.WaitAsync(_options.HeartbeatInterval, cancellationToken);
                if (woken && _options.CoalesceWindow > TimeSpan.Zero) await Task.Delay(_options.CoalesceWindow, cancellationToken);
                allowEmpty = !woken;
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            _output.Writer.TryComplete();
        }
        catch (Exception exception)
        {
            // The client sees its stream fail and subscribes again, with its resume point.
            _output.Writer.TryComplete(exception);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _broadcaster.Detach(this);
        await _stop.CancelAsync();
        await _pump;
        _stop.Dispose();
        _wake.Dispose();
    }
}

/// <summary>What a watcher sends next: a delta ready to go, or the sequence a snapshot must be read at.</summary>
internal sealed record PendingMessage(string? SnapshotReason, long Seq, DeltaMessage? Delta);
