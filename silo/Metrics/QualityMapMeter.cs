using System.Diagnostics.Metrics;

namespace QualityMap.Silo.Metrics;

/// <summary>
/// The Meter convention shared by every area: Meters named "QualityMap…" are exported; instrument names are the
/// final Prometheus names. The silo's own Meters come from the host's <see cref="IMeterFactory"/>, so two hosts in
/// one process (tests) keep their figures apart and a stopped host's instruments leave the exposition.
/// </summary>
public static class QualityMapMeter
{
    public const string Name = "QualityMap";

    /// <summary>A QualityMap Meter that is process-wide (<c>new Meter("QualityMap")</c>) or belongs to this host's factory.</summary>
    public static bool IsExported(Meter meter, IMeterFactory hostFactory) =>
        meter.Name.StartsWith(Name, StringComparison.Ordinal) && (meter.Scope is null || ReferenceEquals(meter.Scope, hostFactory));

    /// <summary>Bucket bounds for latencies from sub-millisecond commits to multi-second stalls.</summary>
    public static IReadOnlyList<double> LatencyBuckets { get; } =
        [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    public static InstrumentAdvice<double> LatencyAdvice { get; } = new() { HistogramBucketBoundaries = LatencyBuckets };
}
