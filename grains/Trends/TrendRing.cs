namespace QualityMap.Grains.Trends;

/// <summary>
/// A bounded series of bucket changes, oldest first, at most <c>capacity</c> buckets up to the latest one; older
/// buckets fold into <see cref="Base"/>, the counts before the first bucket kept. So <see cref="Base"/> plus every
/// change is always the region's current total, and the ring never grows past its capacity however long it runs.
/// </summary>
[GenerateSerializer, Alias("qm.TrendRing")]
public sealed class TrendRing
{
    [Id(0)]
    public TrendCounts Base { get; set; } = TrendCounts.Zero;

    [Id(1)]
    public List<TrendDelta> Buckets { get; set; } = [];

    public TrendCounts Total => Buckets.Aggregate(Base, (total, bucket) => total.Plus(bucket.Change));

    /// <summary>
    /// Adds a change to its bucket (<paramref name="bucket"/> is its start): the last bucket is overwritten, not
    /// appended, while changes keep coming within it. A change older than the kept window goes straight to the base.
    /// </summary>
    public void Add(DateTimeOffset bucket, TrendCounts change, int capacity, TimeSpan width)
    {
        var latest = Buckets.Count == 0 || bucket > Buckets[^1].Bucket ? bucket : Buckets[^1].Bucket;
        var oldestKept = latest - (capacity - 1) * width;
        if (bucket < oldestKept)
        {
            Base = Base.Plus(change);
            return;
        }
        var index = IndexOf(bucket);
        if (index >= 0) Buckets[index] = Buckets[index] with { Change = Buckets[index].Change.Plus(change) };
        else Buckets.Insert(~index, new TrendDelta(bucket, change));
        var evicted = 0;
        while (evicted < Buckets.Count && Buckets[evicted].Bucket < oldestKept) Base = Base.Plus(Buckets[evicted++].Change);
        if (evicted > 0) Buckets.RemoveRange(0, evicted);
    }

    /// <summary>The counts just before <paramref name="from"/> and the buckets from it on.</summary>
    public TrendSlice From(DateTimeOffset from)
    {
        var start = Base;
        var changes = new List<TrendDelta>();
        foreach (var bucket in Buckets)
        {
            if (bucket.Bucket < from) start = start.Plus(bucket.Change);
            else changes.Add(bucket);
        }
        return new TrendSlice(start, changes);
    }

    // Changes arrive in time order nearly always: look from the end first.
    private int IndexOf(DateTimeOffset bucket)
    {
        if (Buckets.Count > 0 && Buckets[^1].Bucket == bucket) return Buckets.Count - 1;
        if (Buckets.Count == 0 || Buckets[^1].Bucket < bucket) return ~Buckets.Count;
        int low = 0, high = Buckets.Count - 1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            var compared = Buckets[middle].Bucket.CompareTo(bucket);
            if (compared == 0) return middle;
            if (compared < 0) low = middle + 1;
            else high = middle - 1;
        }
        return ~low;
    }
}
