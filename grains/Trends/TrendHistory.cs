namespace QualityMap.Grains.Trends;

/// <summary>
/// What a town's trend grain stores: the same changes twice, by the minute for the last 24 hours and by the day for
/// the last 90 days (1,440 and 90 buckets at most).
/// </summary>
[GenerateSerializer, Alias("qm.TrendHistory")]
public sealed class TrendHistory
{
    [Id(0)]
    public TrendRing Minutes { get; set; } = new();

    [Id(1)]
    public TrendRing Days { get; set; } = new();

    public TrendCounts Total => Minutes.Total;

    public void Add(DateTimeOffset at, TrendCounts change)
    {
        if (change == TrendCounts.Zero) return;
        Minutes.Add(TrendRules.MinuteOf(at), change, TrendRules.MinuteBuckets, TrendRules.Minute);
        Days.Add(TrendRules.DayOf(at), change, TrendRules.DayBuckets, TrendRules.OneDay);
    }

    /// <summary>The span that ends in the bucket of <paramref name="now"/>.</summary>
    public TrendSlice Slice(TrendSpan span, DateTimeOffset now) => span == TrendSpan.Day
        ? Minutes.From(TrendRules.FirstBucket(span, now))
        : Days.From(TrendRules.FirstBucket(span, now));
}
