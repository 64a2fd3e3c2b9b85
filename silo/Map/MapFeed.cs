using Microsoft.Extensions.Options;
using QualityMap.Grains.Map;

namespace QualityMap.Silo.Map;

/// <summary>
/// The map feed: numbers every update with a global monotonic sequence, keeps the most recent ones in a
/// bounded ring for catch-up, and tells subscribers synchronously (they must only queue, never block).
/// </summary>
public sealed class MapFeed(TimeProvider time, IOptions<MapFeedOptions> options) : IMapFeed
{
    private readonly object _lock = new();
    private readonly MapFeedItem?[] _ring = new MapFeedItem?[options.Value.BufferSize];
    private long _sequence;

    /// <summary>Raised for every update, in sequence order.</summary>
    public event Action<MapFeedItem>? Published;

    public long LastSequence
    {
        get { lock (_lock) return _sequence; }
    }

    public long Publish(MapUpdate update)
    {
        MapFeedItem item;
        lock (_lock)
        {
            item = new MapFeedItem(++_sequence, time.GetUtcNow(), update);
            _ring[item.Seq % _ring.Length] = item;
            // Inside the lock so subscribers see updates in sequence order.
            Published?.Invoke(item);
        }
        return item.Seq;
    }

    /// <summary>The updates after <paramref name="seq"/>; null when the ring no longer reaches back that far.</summary>
    public IReadOnlyList<MapFeedItem>? Since(long seq)
    {
        lock (_lock)
        {
            if (seq > _sequence) return null;
            var oldestKept = Math.Max(1, _sequence - _ring.Length + 1);
            if (seq + 1 < oldestKept) return null;
            var items = new List<MapFeedItem>((int)(_sequence - seq));
            for (var s = seq + 1; s <= _sequence; s++) items.Add(_ring[s % _ring.Length]!);
            return items;
        }
    }
}
