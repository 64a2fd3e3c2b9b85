using QualityMap.Grains.Colouring;
using QualityMap.Grains.Trends;

namespace QualityMap.Tests.Trends;

/// <summary>The trend's downsampling at its bounds: 1,440 minutes, 90 days, buckets overwritten, any order adds up.</summary>
public sealed class TrendRulesTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);

    private static TrendCounts C(int highRisk, int monitored) => new(highRisk, monitored);

    [Fact]
    public void ChangesWithinOneMinuteOverwriteItsBucketInsteadOfAppending()
    {
        var history = new TrendHistory();
        history.Add(Start.AddSeconds(1), C(0, 10));
        history.Add(Start.AddSeconds(59), C(1, 0));
        history.Add(Start.AddSeconds(60), C(1, 0));
        Assert.Equal([new TrendDelta(Start, C(1, 10)), new TrendDelta(Start.AddMinutes(1), C(1, 0))], history.Minutes.Buckets);
        Assert.Equal([new TrendDelta(TrendRules.DayOf(Start), C(2, 10))], history.Days.Buckets);
        Assert.Equal(C(2, 10), history.Total);
    }

    [Fact]
    public void TheMinuteRingKeepsExactly1440BucketsAndFoldsTheOldestIntoItsBase()
    {
        var ring = new TrendRing();
        for (var minute = 0; minute < TrendRules.MinuteBuckets; minute++) ring.Add(Start.AddMinutes(minute), C(0, 1), TrendRules.MinuteBuckets, TrendRules.Minute);
        Assert.Equal(1440, ring.Buckets.Count);
        Assert.Equal(TrendCounts.Zero, ring.Base);

        ring.Add(Start.AddMinutes(1440), C(1, 1), TrendRules.MinuteBuckets, TrendRules.Minute);
        Assert.Equal(1440, ring.Buckets.Count);
        Assert.Equal(C(0, 1), ring.Base);
        Assert.Equal(Start.AddMinutes(1), ring.Buckets[0].Bucket);
        Assert.Equal(C(1, 1441), ring.Total);

        // A day later in one step: every kept bucket but the new one is out of the window.
        ring.Add(Start.AddMinutes(1440 * 2 + 5), C(0, 1), TrendRules.MinuteBuckets, TrendRules.Minute);
        Assert.Single(ring.Buckets);
        Assert.Equal(C(1, 1441), ring.Base);
    }

    [Fact]
    public void TheDayRingKeeps90DaysThatStartAtMidnightChinaStandardTime()
    {
        // 15:59:59 UTC is 23:59:59 in Beijing, 16:00 UTC the next day's midnight.
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 16, 0, 0, TimeSpan.Zero), TrendRules.DayOf(new DateTimeOffset(2026, 3, 2, 15, 59, 59, TimeSpan.Zero)));
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 16, 0, 0, TimeSpan.Zero), TrendRules.DayOf(new DateTimeOffset(2026, 3, 2, 16, 0, 0, TimeSpan.Zero)));

        var history = new TrendHistory();
        for (var day = 0; day < 91; day++) history.Add(Start.AddDays(day), C(0, 1));
        Assert.Equal(90, history.Days.Buckets.Count);
        Assert.Equal(C(0, 1), history.Days.Base);
        Assert.Equal(C(0, 91), history.Days.Total);
        Assert.Equal(history.Minutes.Total, history.Days.Total);
    }

    [Fact]
    public void ChangesAddUpToTheSameSeriesInAnyOrderEvenOlderThanTheWindow()
    {
        var changes = new (DateTimeOffset At, TrendCounts Change)[]
        {
            (Start, C(0, 20)), (Start.AddMinutes(5), C(2, 0)), (Start.AddMinutes(65), C(2, 0)), (Start.AddMinutes(65).AddSeconds(30), C(-1, 0)),
            (Start.AddHours(30), C(0, 5)),
        };
        var inOrder = new TrendHistory();
        foreach (var (at, change) in changes) inOrder.Add(at, change);
        var reversed = new TrendHistory();
        foreach (var (at, change) in changes.Reverse()) reversed.Add(at, change);

        Assert.Equal(inOrder.Minutes.Base, reversed.Minutes.Base);
        Assert.Equal(inOrder.Minutes.Buckets, reversed.Minutes.Buckets);
        Assert.Equal(inOrder.Days.Buckets, reversed.Days.Buckets);
        // Everything but the 30th hour's change is older than the 24 hours before it.
        Assert.Equal(C(3, 20), inOrder.Minutes.Base);
    }

    [Fact]
    public void PointsStartAtTheSpanHoldEachChangedBucketsEndCountsAndEndNow()
    {
        var history = new TrendHistory();
        history.Add(Start, C(0, 20));
        history.Add(Start.AddMinutes(5).AddSeconds(10), C(2, 0));
        history.Add(Start.AddMinutes(7), C(1, 0));
        history.Add(Start.AddMinutes(7).AddSeconds(40), C(-1, 0));   // a bucket that ends where it began: no point
        history.Add(Start.AddMinutes(65), C(2, 0));
        var now = Start.AddMinutes(70).AddSeconds(15);

        var from = TrendRules.FirstBucket(TrendSpan.Day, now);
        var points = TrendRules.Points(history.Slice(TrendSpan.Day, now), from, now, Assess);

        Assert.Equal(
            [(from, 0, 0, RegionColour.NoData), (Start, 0, 20, RegionColour.Green), (Start.AddMinutes(5), 2, 20, RegionColour.Orange),
             (Start.AddMinutes(65), 4, 20, RegionColour.Red), (now, 4, 20, RegionColour.Red)],
            points.Select(p => (p.At, p.HighRisk, p.Monitored, p.Colour)));
        Assert.Equal([null, 0m, 10m, 20m, 20m], points.Select(p => p.SharePercent));
    }

    [Fact]
    public void ACountysSliceIsItsTownsAddedBucketByBucket()
    {
        var a = new TrendSlice(C(1, 10), [new TrendDelta(Start, C(1, 0)), new TrendDelta(Start.AddMinutes(2), C(0, 5))]);
        var b = new TrendSlice(C(0, 4), [new TrendDelta(Start.AddMinutes(2), C(1, 0)), new TrendDelta(Start.AddMinutes(1), C(0, -1))]);
        var sum = TrendRules.Sum([a, b]);
        Assert.Equal(C(1, 14), sum.Start);
        Assert.Equal([new TrendDelta(Start, C(1, 0)), new TrendDelta(Start.AddMinutes(1), C(0, -1)), new TrendDelta(Start.AddMinutes(2), C(1, 5))], sum.Changes);
    }

    private static ColourAssessment Assess(int highRisk, int monitored) => ColourRules.Assess(highRisk, monitored, new ColourThresholds());
}
