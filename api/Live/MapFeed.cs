using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using QualityMap.Grains.Map;

namespace QualityMap.Api.Live;

/// <summary>
/// The map feed: numbers every update with a global monotonic sequence, keeps the most recent ones in a
/// bounded ring for catch-up, and tells its listener synchronously (it must only queue, never block).
/// </summary>
/// <remarks>
/// Sequences restart at 1 with every process, so the feed also has an <see cref="Epoch"/>: a client that resumes
/// with a sequence from another epoch needs a snapshot, never the updates that happen to carry the same numbers.
/// </remarks>
public sealed class MapFeed(TimeProvider time, IOptions<MapFeedOptions> options) : IMapFeed
{
    private readonly Lock _lock = new();
    private readonly MapFeedItem?[] _ring = new MapFeedItem?[options.Value.BufferSize];
    private long _sequence;

    /// <summary>Raised for every update, in sequence order, while the feed is locked.</summary>
    public event Action<MapFeedItem>? Published;

    public string Epoch { get; } = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));

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
            // Inside the lock so listeners see updates in sequence order.
            Published?.Invoke(item);
        }
        return item.Seq;
    }

    /// <summary>
    /// Runs <paramref name="action"/> while no update can be published: what it reads of the feed and what the
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
            var oldestKept = Math.Max(1, _sequence - _ring.Length + 1);
            if (seq + 1 < oldestKept) return null;
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
            var oldestKept = Math.Max(1, _sequence - _ring.Length + 1);
            for (var s = _sequence; s >= oldestKept && found.Count < max; s--)
            {
                var item = _ring[s % _ring.Length]!;
                if (filter(item)) found.Add(item);
            }
            found.Reverse();
            return found;
        }
    }
}
