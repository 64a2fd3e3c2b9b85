using System.Diagnostics.Metrics;

namespace QualityMap.Silo.Metrics;

/// <summary>
/// The Meter convention shared by every area: Meters named "QualityMap…" are exported; instrument names are the
/// final Prometheus names. Orleans' meter is exported too, renamed (<see cref="Export.PrometheusNames"/>). The silo's
/// Meters and Orleans' come from the host's <see cref="IMeterFactory"/>, so two hosts in one process (tests) keep
/// their figures apart.
/// </summary>
public static class QualityMapMeter
{
    public const string Name = "QualityMap";

    /// <summary>
    /// An instrument of a QualityMap Meter or of Orleans' that is process-wide (<c>new Meter("QualityMap")</c>) or
    /// belongs to this host's factory. Orleans' pre-aggregated request-latency histogram (three observable counters,
    /// <c>orleans-app-requests-latency-bucket</c>, <c>-count</c>, <c>-sum</c>, with per-range rather than cumulative
    /// buckets) is left out: <see cref="GrainCallMetrics"/> measures grain calls as a Prometheus histogram.
    /// </summary>
    public static bool IsExported(Instrument instrument, IMeterFactory hostFactory)
    {
        var meter = instrument.Meter;
        if (meter.Scope is not null && !ReferenceEquals(meter.Scope, hostFactory)) return false;
        if (meter.Name.StartsWith(Name, StringComparison.Ordinal)) return true;
        return meter.Name == Export.PrometheusNames.OrleansMeter && !instrument.Name.StartsWith("orleans-app-requests-latency", StringComparison.Ordinal);
    }

    /// <summary>Bucket bounds for latencies from sub-millisecond commits to multi-second stalls.</summary>
    public static IReadOnlyList<double> LatencyBuckets { get; } =
        [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    public static InstrumentAdvice<double> LatencyAdvice { get; } = new() { HistogramBucketBoundaries = LatencyBuckets };
}
