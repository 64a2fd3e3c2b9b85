namespace QualityMap.Silo.Metrics.Exposition;

/// <summary>The Prometheus metric types an instrument is exported as.</summary>
public enum MetricType
{
    /// <summary><c>Counter&lt;T&gt;</c> and <c>ObservableCounter&lt;T&gt;</c>.</summary>
    Counter,

    /// <summary>Up-down counters and gauges, synchronous or observable.</summary>
    Gauge,

    /// <summary><c>Histogram&lt;T&gt;</c>: cumulative buckets, <c>_sum</c> and <c>_count</c>.</summary>
    Histogram,
}
