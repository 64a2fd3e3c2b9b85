using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using QualityMap.Grains.Enterprises;

namespace QualityMap.Silo.Metrics;

/// <summary>
/// Calls to the service's grains on this silo, by grain class: how long each took (a Prometheus histogram, so rate and
/// p99 come from one family) and how many failed. Orleans' own request-latency instrument is a pre-aggregated
/// histogram of per-range counts that Prometheus cannot read as one (<see cref="QualityMapMeter.IsExported"/>).
/// </summary>
public sealed class GrainCallMetrics : IIncomingGrainCallFilter
{
    private readonly Histogram<double> _duration;
    private readonly Counter<long> _failures;
    private readonly ConcurrentDictionary<Type, KeyValuePair<string, object?>> _types = new();

    public GrainCallMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(QualityMapMeter.Name);
        _duration = meter.CreateHistogram("qualitymap_grain_call_duration_seconds", unit: "s",
            description: "Time a call to a grain took on this silo, from its turn starting to its answer, by grain type.",
            advice: QualityMapMeter.LatencyAdvice);
        _failures = meter.CreateCounter<long>("qualitymap_grain_call_failures_total",
            description: "Grain calls on this silo that ended in an exception, by grain type.");
    }

    public Task Invoke(IIncomingGrainCallContext context) =>
        context.Grain is { } grain && grain.GetType().Assembly == typeof(EnterpriseGrain).Assembly ? MeasureAsync(context, grain.GetType()) : context.Invoke();

    private async Task MeasureAsync(IIncomingGrainCallContext context, Type grain)
    {
        var type = _types.GetOrAdd(grain, static t => new KeyValuePair<string, object?>("type", t.Name));
        var started = Stopwatch.GetTimestamp();
        try
        {
            await context.Invoke();
        }
        catch
        {
            _failures.Add(1, type);
            throw;
        }
        finally
        {
            _duration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, type);
        }
    }
}
