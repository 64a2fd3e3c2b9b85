using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;
using Prometheus;

namespace QualityMap.Silo.Metrics.Export;

/// <summary>
/// Exports the selected <c>System.Diagnostics.Metrics</c> instruments into a prometheus-net registry, which renders
/// <c>/metrics</c>. Not prometheus-net's own meter adapter, which types every counter a gauge, forgets a series after
/// five idle minutes and starts listening only at the first scrape of its default registry (losing what came
/// before). Here counters are counters, a series lasts as long as its host, and the listener starts with the host,
/// before the first measurement. Observable instruments are called at each scrape.
/// </summary>
public sealed class MeterExporter : IDisposable
{
    /// <summary>Prometheus client libraries' default buckets, for a histogram that gives no advice.</summary>
    public static IReadOnlyList<double> DefaultBuckets { get; } = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    private readonly MeterListener _listener = new();
    private readonly Func<Instrument, bool> _includes;
    private readonly IMetricFactory _factory;
    private readonly HashSet<string> _staticLabels;
    private readonly ILogger _logger;
    private readonly object _familiesLock = new();
    private readonly Dictionary<string, ExportedFamily> _families = new(StringComparer.Ordinal);
    private readonly object _scrapeLock = new();

    public MeterExporter(CollectorRegistry registry, Func<Instrument, bool> includes, ILogger<MeterExporter> logger)
    {
        _factory = Prometheus.Metrics.WithCustomRegistry(registry);
        _staticLabels = [.. registry.StaticLabels.Select(l => l.Key)];
        _includes = includes;
        _logger = logger;
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (_includes(instrument)) listener.EnableMeasurementEvents(instrument, new ExportedInstrument());
        };
        _listener.SetMeasurementEventCallback<byte>((i, v, t, s) => Record(i, v, t, s));
        _listener.SetMeasurementEventCallback<short>((i, v, t, s) => Record(i, v, t, s));
        _listener.SetMeasurementEventCallback<int>((i, v, t, s) => Record(i, v, t, s));
        _listener.SetMeasurementEventCallback<long>((i, v, t, s) => Record(i, v, t, s));
        _listener.SetMeasurementEventCallback<float>((i, v, t, s) => Record(i, v, t, s));
        _listener.SetMeasurementEventCallback<double>((i, v, t, s) => Record(i, v, t, s));
        _listener.SetMeasurementEventCallback<decimal>((i, v, t, s) => Record(i, (double)v, t, s));
        _listener.Start();
        registry.AddBeforeCollectCallback(Observe);
    }

    public void Dispose() => _listener.Dispose();

    // Before each scrape: the observable instruments report afresh, and series they no longer report leave.
    private void Observe()
    {
        lock (_scrapeLock)
        {
            foreach (var family in ObservableFamilies()) family.BeginObservation();
            try
            {
                _listener.RecordObservableInstruments();
            }
            catch (Exception exception)
            {
                // A failing callback must not take the other metrics down with it.
                _logger.LogWarning(exception, "An observable instrument failed during a scrape");
            }
            // Read again: a family born during this observation ends it too.
            foreach (var family in ObservableFamilies()) family.EndObservation();
        }
    }

    private ExportedFamily[] ObservableFamilies()
    {
        lock (_familiesLock) return [.. _families.Values.Where(f => f.Observable)];
    }

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags, object? state)
    {
        var exported = (ExportedInstrument)state!;
        if (exported.Clashes) return;
        var family = exported.Family ??= FamilyFor(instrument, tags);
        if (family is null) exported.Clashes = true;
        else family.Record(value, tags, instrument.Tags);
    }

    private ExportedFamily? FamilyFor(Instrument instrument, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var (name, scale) = PrometheusNames.MetricName(instrument);
        var kind = InstrumentKinds.Of(instrument);
        lock (_familiesLock)
        {
            if (_families.TryGetValue(name, out var existing))
            {
                if (existing.Kind == kind && existing.Observable == instrument.IsObservable && existing.Scale == scale) return existing;
                _logger.LogWarning("Instrument {Name} of meter {Meter} clashes with an exported metric of that name; not exported",
                    instrument.Name, instrument.Meter.Name);
                return null;
            }
            var family = ExportedFamily.Create(_factory, name, instrument.Description ?? name, kind, instrument.IsObservable, scale,
                LabelNames(tags, instrument.Tags), BucketsOf(instrument, scale));
            _families.Add(name, family);
            return family;
        }
    }

    // Reserved "__" names and the registry's own labels (the silo's) are not the instrument's to set.
    private string[] LabelNames(ReadOnlySpan<KeyValuePair<string, object?>> tags, IEnumerable<KeyValuePair<string, object?>>? instrumentTags)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var tag in tags) names.Add(PrometheusNames.LabelName(tag.Key));
        if (instrumentTags is not null) foreach (var tag in instrumentTags) names.Add(PrometheusNames.LabelName(tag.Key));
        names.RemoveWhere(n => n.StartsWith("__", StringComparison.Ordinal) || _staticLabels.Contains(n));
        return [.. names];
    }

    // Advised bounds are in the instrument's unit; the default ones already in the exported unit.
    private static double[] BucketsOf(Instrument instrument, double scale)
    {
        IEnumerable<double>? advised = instrument switch
        {
            Histogram<double> h => h.Advice?.HistogramBucketBoundaries,
            Histogram<float> h => h.Advice?.HistogramBucketBoundaries?.Select(b => (double)b),
            Histogram<long> h => h.Advice?.HistogramBucketBoundaries?.Select(b => (double)b),
            Histogram<int> h => h.Advice?.HistogramBucketBoundaries?.Select(b => (double)b),
            _ => null,
        };
        // prometheus-net adds +Inf itself and wants the rest finite, distinct and ascending.
        return [.. (advised?.Select(b => b * scale) ?? DefaultBuckets).Where(double.IsFinite).Distinct().Order()];
    }

    // An instrument's family, found at its first measurement (which names the labels).
    private sealed class ExportedInstrument
    {
        public ExportedFamily? Family { get; set; }

        /// <summary>Its name is taken by a metric of another kind: it is not exported.</summary>
        public bool Clashes { get; set; }
    }
}
