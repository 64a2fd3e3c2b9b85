namespace QualityMap.Benchmarks;

/// <summary>p50 / p99 / max of a set of latencies in milliseconds (nearest-rank percentiles).</summary>
public sealed record Percentiles(double P50, double P99, double Max, int Count)
{
    public static Percentiles Of(IReadOnlyCollection<double> values)
    {
        if (values.Count == 0) return new Percentiles(double.NaN, double.NaN, double.NaN, 0);
        var sorted = values.Order().ToArray();
        return new Percentiles(Rank(sorted, 0.50), Rank(sorted, 0.99), sorted[^1], sorted.Length);
    }

    private static double Rank(double[] sorted, double p) => sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
