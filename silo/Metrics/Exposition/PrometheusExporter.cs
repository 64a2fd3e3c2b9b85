using System.Diagnostics.Metrics;
using System.Text;
using Microsoft.Extensions.Logging;

namespace QualityMap.Silo.Metrics.Exposition;

/// <summary>
/// Listens to the instruments of the selected Meters and renders them in the Prometheus text format 0.0.4.
/// Instrument names are taken as the final metric names (the project convention is <c>qualitymap_&lt;thing&gt;_&lt;unit&gt;</c>,
/// counters ending in <c>_total</c>), tags become labels. Counters and up-down counters add up, synchronous gauges
/// keep the last value, histograms keep per-bucket counts with the bounds the instrument advises
/// (<see cref="InstrumentAdvice{T}.HistogramBucketBoundaries"/>). Observable instruments are called at scrape time.
/// </summary>
public sealed class PrometheusExporter : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly Func<Meter, bool> _includes;
    private readonly ILogger _logger;
    private readonly object _familiesLock = new();
    private readonly Dictionary<string, MetricFamily> _families = new(StringComparer.Ordinal);
    private readonly object _scrapeLock = new();

    public PrometheusExporter(Func<Meter, bool> includes, ILogger<PrometheusExporter> logger)
    {
        _includes = includes;
        _logger = logger;
        _listener.InstrumentPublished = OnInstrumentPublished;
        _listener.MeasurementsCompleted = OnMeasurementsCompleted;
        _listener.SetMeasurementEventCallback<byte>((i, v, t, s) => Record(i, v, t, s));
        _listener.SetMeasurementEventCallback<short>((i, v, t, s) => Record(i, v, t, s));
        _listener.SetMeasurementEventCallback<int>((i, v, t, s) => Record(i, v, t, s));
        _listener.SetMeasurementEventCallback<long>((i, v, t, s) => Record(i, v, t, s));
        _listener.SetMeasurementEventCallback<float>((i, v, t, s) => Record(i, v, t, s));
        _listener.SetMeasurementEventCallback<double>((i, v, t, s) => Record(i, v, t, s));
        _listener.SetMeasurementEventCallback<decimal>((i, v, t, s) => Record(i, (double)v, t, s));
        _listener.Start();
    }

    /// <summary>The whole exposition: observable instruments are called first, families come sorted by name.</summary>
    public string Scrape()
    {
        var text = new StringWriter(new StringBuilder(16 * 1024));
        WriteTo(text);
        return text.ToString();
    }

    public void WriteTo(TextWriter writer)
    {
        // One scrape at a time: observable families are cleared and refilled as a whole.
        lock (_scrapeLock)
        {
            var families = Families();
            foreach (var family in families.Where(f => f.Observable)) family.BeginObservation();
            try
            {
                _listener.RecordObservableInstruments();
            }
            catch (Exception exception)
            {
                // A failing callback must not take the other metrics down with it.
                _logger.LogWarning(exception, "An observable instrument failed during a scrape");
            }
            foreach (var family in families) family.WriteTo(writer);
        }
    }

    public void Dispose() => _listener.Dispose();

    private MetricFamily[] Families()
    {
        lock (_familiesLock) return [.. _families.Values.OrderBy(f => f.Name, StringComparer.Ordinal)];
    }

    private void OnInstrumentPublished(Instrument instrument, MeterListener listener)
    {
        if (!_includes(instrument.Meter)) return;
        var name = PrometheusText.MetricName(instrument.Name);
        var type = TypeOf(instrument);
        var lastValueWins = instrument.GetType().IsGenericType && instrument.GetType().GetGenericTypeDefinition() == typeof(Gauge<>);
        MetricFamily family;
        lock (_familiesLock)
        {
            if (!_families.TryGetValue(name, out family!))
            {
                family = new MetricFamily(name, type, instrument.Description ?? name, instrument.IsObservable, lastValueWins, BucketsOf(instrument));
                _families.Add(name, family);
            }
            else if (family.Type != type || family.Observable != instrument.IsObservable || family.LastValueWins != lastValueWins)
            {
                _logger.LogWarning("Instrument {Name} of meter {Meter} clashes with an existing metric of that name; not exported",
                    instrument.Name, instrument.Meter.Name);
                return;
            }
            family.Attach();
        }
        listener.EnableMeasurementEvents(instrument, family);
    }

    // A disposed Meter (e.g. of a stopped host) takes its instruments along; a family with none left is dropped.
    private void OnMeasurementsCompleted(Instrument instrument, object? state)
    {
        if (state is not MetricFamily family) return;
        lock (_familiesLock)
        {
            if (family.Detach()) _families.Remove(family.Name);
        }
    }

    private static void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags, object? state) =>
        ((MetricFamily)state!).Record(value, LabelSet.From(tags, instrument.Tags));

    private static MetricType TypeOf(Instrument instrument)
    {
        var definition = instrument.GetType().IsGenericType ? instrument.GetType().GetGenericTypeDefinition() : null;
        if (definition == typeof(Counter<>) || definition == typeof(ObservableCounter<>)) return MetricType.Counter;
        if (definition == typeof(Histogram<>)) return MetricType.Histogram;
        return MetricType.Gauge;
    }

    private static IReadOnlyList<double>? BucketsOf(Instrument instrument) => instrument switch
    {
        Histogram<double> h => h.Advice?.HistogramBucketBoundaries,
        Histogram<float> h => h.Advice?.HistogramBucketBoundaries?.Select(b => (double)b).ToArray(),
        Histogram<long> h => h.Advice?.HistogramBucketBoundaries?.Select(b => (double)b).ToArray(),
        Histogram<int> h => h.Advice?.HistogramBucketBoundaries?.Select(b => (double)b).ToArray(),
        Histogram<short> h => h.Advice?.HistogramBucketBoundaries?.Select(b => (double)b).ToArray(),
        Histogram<byte> h => h.Advice?.HistogramBucketBoundaries?.Select(b => (double)b).ToArray(),
        Histogram<decimal> h => h.Advice?.HistogramBucketBoundaries?.Select(b => (double)b).ToArray(),
        _ => null,
    };
}
