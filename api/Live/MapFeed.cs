using Microsoft.Extensions.Options;
using QualityMap.Grains.Live;
using QualityMap.Grains.Map;

namespace QualityMap.Api.Live;

/// <summary>
/// This silo's copy of the cluster's live map feed (<see cref="ILiveFeedGrain"/>, taken in by <see cref="LiveFeedRelay"/>):
/// the most recent updates in a bounded ring for catch-up, told to its listener synchronously in sequence order (the
/// listener must only queue, never block).
/// </summary>
/// <remarks>
/// Sequences restart with every activation of the feed grain, so the feed has an <see cref="Epoch"/>: a client that
/// resumes with a sequence from another epoch needs a snapshot, never the updates that happen to carry the same
/// numbers. When the epoch changes, or this silo missed updates (its subscription lapsed), the ring starts again and
/// every open stream is told to take a snapshot (<see cref="Restarted"/>).
/// </remarks>
public sealed class MapFeed(IOptions<MapFeedOptions> options)
{
    private readonly Lock _lock = new();
    private readonly MapFeedItem?[] _ring = new MapFeedItem?[options.Value.BufferSize];
    private long _sequence;
    // The first sequence the ring can hold since the last restart: nothing before it was seen here.
    private long _oldest = 1;

    /// <summary>Raised for every update, in sequence order, while the feed is locked.</summary>
    public event Action<MapFeedItem>? Published;

    /// <summary>Raised, while the feed is locked, when the stream broke off: the reason every open stream gets a snapshot for.</summary>
    public event Action<string>? Restarted;

    /// <summary>The feed grain's epoch; empty until this silo first subscribed.</summary>
    public string Epoch { get; private set; } = "";

    public long LastSequence
    {
        get { lock (_lock) return _sequence; }
    }

    /// <summary>A batch from the feed grain: ascending, contiguous, each batch after the previous.</summary>
    public void Append(string epoch, IReadOnlyList<MapFeedItem> items)
    {
        if (items.Count == 0) return;
        lock (_lock)
        {
            var before = items[0].Seq - 1;
            if (epoch != Epoch) Restart(epoch, before, SnapshotReasons.EpochChanged);
            else if (before > _sequence) Restart(epoch, before, SnapshotReasons.Missed);
            foreach (var item in items)
            {
                if (item.Seq <= _sequence) continue;
                _ring[item.Seq % _ring.Length] = item;
                _sequence = item.Seq;
                // Inside the lock so listeners see updates in sequence order.
                Published?.Invoke(item);
            }
        }
    }

    /// <summary>
    /// The feed's position when this silo's subscription was new: a new epoch, or updates numbered past what this
    /// silo has (given out while it was not subscribed), break the stream. Batches already on their way may have
    /// arrived first; they are at or before the position and change nothing.
    /// </summary>
    public void Subscribed(FeedPosition position)
    {
        lock (_lock)
        {
            if (position.Epoch != Epoch) Restart(position.Epoch, position.Seq, SnapshotReasons.EpochChanged);
            else if (position.Seq > _sequence) Restart(position.Epoch, position.Seq, SnapshotReasons.Missed);
        }
    }

    private void Restart(string epoch, long sequence, string reason)
    {
        Epoch = epoch;
        _sequence = sequence;
        _oldest = sequence + 1;
        Array.Clear(_ring);
        Restarted?.Invoke(reason);
    }

    /// <summary>
    /// Runs <paramref name="action"/> while no update can be taken in: what it reads of the feed and what the
    /// listener has been told are then the same moment (a subscriber attaches without missing or doubling one).
    /// </summary>
    public T Exclusive<T>(Func<T> action)
    {
        lock (_lock) return action();
    }

    /// <summary>The updates after <paramref name="seq"/>; null when the ring no longer reaches back that far.</summary>
    public IReadOnlyList<MapFeedItem>? Since(long seq)
    {
        lock (_lock)
        {
            if (seq > _sequence || seq < 0) return null;
            if (seq + 1 < OldestKept) return null;
            var items = new List<MapFeedItem>((int)(_sequence - seq));
            for (var s = seq + 1; s <= _sequence; s++) items.Add(_ring[s % _ring.Length]!);
            return items;
        }
    }

    /// <summary>The most recent updates still in the ring that match <paramref name="filter"/>, oldest first.</summary>
    public IReadOnlyList<MapFeedItem> Recent(Func<MapFeedItem, bool> filter, int max)
    {
        lock (_lock)
        {
            var found = new List<MapFeedItem>(max);
            for (var s = _sequence; s >= OldestKept && found.Count < max; s--)
            {
                var item = _ring[s % _ring.Length]!;
                if (filter(item)) found.Add(item);
            }
            found.Reverse();
            return found;
        }
    }

    private long OldestKept => Math.Max(_oldest, _sequence - _ring.Length + 1);
}
