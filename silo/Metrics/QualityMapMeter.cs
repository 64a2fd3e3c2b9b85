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
    /// An instrument of a QualityMap Meter, or one of Orleans' that operators read (<see cref="OrleansExported"/>), on a
    /// Meter that is process-wide (<c>new Meter("QualityMap")</c>) or belongs to this host's factory.
    /// </summary>
    public static bool IsExported(Instrument instrument, IMeterFactory hostFactory)
    {
        var meter = instrument.Meter;
        if (meter.Scope is not null && !ReferenceEquals(meter.Scope, hostFactory)) return false;
        if (meter.Name.StartsWith(Name, StringComparison.Ordinal)) return true;
        return meter.Name == Export.PrometheusNames.OrleansMeter && OrleansExported.Any(p => instrument.Name.StartsWith(p, StringComparison.Ordinal));
    }

    /// <summary>
    /// Orleans' instruments exported, by name prefix: activations, storage, reminders, the ring, failed or dropped
    /// messages, health. Orleans records an instrument only while something listens, so the per-message ones (sizes,
    /// dispatcher and directory-lookup counts), which no board or rule reads, are left out of the hot path.
    /// Orleans' request latency (per-range, non-cumulative bucket counters that Prometheus cannot read as a histogram)
    /// is left out too; <see cref="GrainCallMetrics"/> measures grain calls instead.
    /// </summary>
    public static IReadOnlyList<string> OrleansExported { get; } =
    [
        "orleans-catalog-", "orleans-grains", "orleans-system-targets", "orleans-storage-", "orleans-reminders-",
        "orleans-consistent-ring-size", "orleans-messaging-sent-dropped", "orleans-messaging-sent-failed",
        "orleans-messaging-rejected", "orleans-messaging-expired", "orleans-messaging-rerouted",
        "orleans-app-requests-timedout", "orleans-app-requests-canceled", "orleans-watchdog-",
        "orleans-scheduler-long-running-turns", "orleans-gateway-connected-clients", "orleans-gateway-load-shedding", "orleans-runtime-",
    ];

    /// <summary>Bucket bounds for latencies from sub-millisecond commits to multi-second stalls.</summary>
    public static IReadOnlyList<double> LatencyBuckets { get; } =
        [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    public static InstrumentAdvice<double> LatencyAdvice { get; } = new() { HistogramBucketBoundaries = LatencyBuckets };
}
