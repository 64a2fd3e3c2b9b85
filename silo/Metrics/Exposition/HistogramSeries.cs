namespace QualityMap.Silo.Metrics.Exposition;

/// <summary>
/// One histogram series: a count per bucket (not cumulative; the last slot is above every bound), the sum and the
/// count. Guarded by its family's lock.
/// </summary>
internal sealed class HistogramSeries(int bounds)
{
    public long[] BucketCounts { get; } = new long[bounds + 1];

    public double Sum { get; set; }

    public long Count { get; set; }

    public void Observe(double[] upperBounds, double value)
    {
        // "le" means less than or equal: a value on a bound belongs to that bound's bucket.
        var index = Array.BinarySearch(upperBounds, value);
        BucketCounts[index >= 0 ? index : ~index]++;
        Sum += value;
        Count++;
    }
}
