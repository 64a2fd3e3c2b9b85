using QualityMap.Grains.Colouring;

namespace QualityMap.Grains.Trends;

/// <summary>
/// Downsampling and reading of region trends: how a region's share of high-risk enterprises and its colour
/// (DB3304/T 056 §4.1.1) moved over the last 24 hours by the minute and the last 90 days by the day.
/// </summary>
public static class TrendRules
{
    public const int MinuteBuckets = 24 * 60;
    public const int DayBuckets = 90;
    public static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan OneDay = TimeSpan.FromDays(1);

    /// <summary>Days start at midnight China Standard Time, the bureaus' day (the wall's clock shows the same zone).</summary>
    public static readonly TimeSpan ChinaStandardTime = TimeSpan.FromHours(8);

    public static DateTimeOffset MinuteOf(DateTimeOffset at) =>
        new(at.UtcTicks - at.UtcTicks % Minute.Ticks, TimeSpan.Zero);

    public static DateTimeOffset DayOf(DateTimeOffset at)
    {
        var local = at.UtcTicks + ChinaStandardTime.Ticks;
        return new DateTimeOffset(local - local % OneDay.Ticks - ChinaStandardTime.Ticks, TimeSpan.Zero);
    }

    /// <summary>The first bucket of the span that ends in the bucket of <paramref name="now"/>.</summary>
    public static DateTimeOffset FirstBucket(TrendSpan span, DateTimeOffset now) => span == TrendSpan.Day
        ? MinuteOf(now) - (MinuteBuckets - 1) * Minute
        : DayOf(now) - (DayBuckets - 1) * OneDay;

    /// <summary>A county's or city's slice: its towns' slices added bucket by bucket.</summary>
    public static TrendSlice Sum(IEnumerable<TrendSlice> slices)
    {
        var start = TrendCounts.Zero;
        var buckets = new SortedDictionary<DateTimeOffset, TrendCounts>();
        foreach (var slice in slices)
        {
            start = start.Plus(slice.Start);
            foreach (var delta in slice.Changes)
                buckets[delta.Bucket] = buckets.TryGetValue(delta.Bucket, out var sum) ? sum.Plus(delta.Change) : delta.Change;
        }
        return new TrendSlice(start, [.. buckets.Select(b => new TrendDelta(b.Key, b.Value))]);
    }

    /// <summary>
    /// The points to draw: the counts at <paramref name="from"/>, then the counts at the end of each bucket that
    /// changed, stamped with the bucket's start, then the counts at <paramref name="now"/>; each with its share and
    /// the colour <paramref name="assess"/> gives the region's level. A bucket that changed nothing (one enterprise in,
    /// one out) is left out: the line holds its value from one point to the next.
    /// </summary>
    public static IReadOnlyList<TrendPoint> Points(
        TrendSlice slice, DateTimeOffset from, DateTimeOffset now, Func<int, int, ColourAssessment> assess)
    {
        TrendPoint PointAt(DateTimeOffset at, TrendCounts counts)
        {
            var assessment = assess(counts.HighRisk, counts.Monitored);
            return new TrendPoint(at, counts.HighRisk, counts.Monitored, assessment.SharePercent, assessment.Colour);
        }

        var counts = slice.Start;
        var points = new List<TrendPoint> { PointAt(from, counts) };
        foreach (var delta in slice.Changes.Where(d => d.Bucket >= from && d.Bucket <= now && d.Change != TrendCounts.Zero))
        {
            counts = counts.Plus(delta.Change);
            if (delta.Bucket == from) points[0] = PointAt(from, counts);
            else points.Add(PointAt(delta.Bucket, counts));
        }
        if (points[^1].At < now) points.Add(PointAt(now, counts));
        return points;
    }
}
