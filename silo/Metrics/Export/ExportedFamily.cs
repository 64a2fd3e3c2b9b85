using System.Buffers;
using Prometheus;

namespace QualityMap.Silo.Metrics.Export;

/// <summary>
/// One Prometheus metric fed by every instrument of its name: a prometheus-net counter, gauge or histogram whose label
/// names are fixed by the first measurement (its tag names and the instrument's, sorted). A later measurement fills
/// those labels by name; a label it lacks is empty, a tag the family lacks is dropped. The series of an observable
/// family are those its callbacks reported at the last scrape: one no longer reported is removed.
/// </summary>
internal sealed class ExportedFamily
{
    private readonly Collector _collector;
    private readonly object _observationLock = new();
    private Dictionary<string, string[]> _observed = new(StringComparer.Ordinal);
    private Dictionary<string, string[]> _observing = new(StringComparer.Ordinal);

    private ExportedFamily(Collector collector, InstrumentKind kind, string[] labelNames, bool observable, double scale)
    {
        _collector = collector;
        Kind = kind;
        Scale = scale;
        LabelNames = labelNames;
        Observable = observable;
    }

    public InstrumentKind Kind { get; }

    public string[] LabelNames { get; }

    public bool Observable { get; }

    /// <summary>Turns a measurement into the unit the metric's name says (Orleans' milliseconds into seconds).</summary>
    public double Scale { get; }

    public static ExportedFamily Create(IMetricFactory factory, string name, string help, InstrumentKind kind, bool observable,
        double scale, string[] labelNames, double[] buckets) => new(kind switch
        {
            InstrumentKind.Counter or InstrumentKind.CumulativeCounter => factory.CreateCounter(name, help, labelNames),
            InstrumentKind.Histogram => factory.CreateHistogram(name, help, labelNames, new HistogramConfiguration { Buckets = buckets }),
            _ => factory.CreateGauge(name, help, labelNames),
        }, kind, labelNames, observable, scale);

    public void Record(double value, ReadOnlySpan<KeyValuePair<string, object?>> tags, IEnumerable<KeyValuePair<string, object?>>? instrumentTags)
    {
        var buffer = ArrayPool<string>.Shared.Rent(LabelNames.Length);
        try
        {
            var values = buffer.AsSpan(0, LabelNames.Length);
            values.Clear();
            foreach (var tag in tags) Fill(values, tag);
            if (instrumentTags is not null) foreach (var tag in instrumentTags) Fill(values, tag);
            for (var i = 0; i < values.Length; i++) values[i] ??= "";
            if (Observable) Observed(values);
            Apply(value * Scale, values);
        }
        finally
        {
            ArrayPool<string>.Shared.Return(buffer, clearArray: true);
        }
    }

    /// <summary>Begins a scrape's observation: the series reported from now on are the family's.</summary>
    public void BeginObservation()
    {
        lock (_observationLock) _observing.Clear();
    }

    /// <summary>Ends it: series reported at the previous scrape and not at this one leave.</summary>
    public void EndObservation()
    {
        lock (_observationLock)
        {
            foreach (var (key, values) in _observed)
            {
                if (!_observing.ContainsKey(key)) Remove(values);
            }
            (_observed, _observing) = (_observing, _observed);
        }
    }

    private void Apply(double value, ReadOnlySpan<string> labels)
    {
        switch (Kind)
        {
            case InstrumentKind.Counter:
                if (value > 0) ((Counter)_collector).WithLabels(labels).Inc(value);
                else if (value == 0) ((Counter)_collector).WithLabels(labels);   // the series exists, at zero
                break;
            case InstrumentKind.CumulativeCounter:
                ((Counter)_collector).WithLabels(labels).IncTo(value);
                break;
            case InstrumentKind.AddingGauge:
                ((Gauge)_collector).WithLabels(labels).Inc(value);
                break;
            case InstrumentKind.Gauge:
                ((Gauge)_collector).WithLabels(labels).Set(value);
                break;
            case InstrumentKind.Histogram:
                if (!double.IsNaN(value)) ((Histogram)_collector).WithLabels(labels).Observe(value);
                break;
        }
    }

    // The first value of a label wins: a measurement's tag over the instrument's.
    private void Fill(Span<string> values, KeyValuePair<string, object?> tag)
    {
        var index = Array.IndexOf(LabelNames, PrometheusNames.LabelName(tag.Key));
        if (index >= 0) values[index] ??= PrometheusNames.LabelValue(tag.Value);
    }

    private void Observed(ReadOnlySpan<string> values)
    {
        var labels = values.ToArray();
        lock (_observationLock) _observing.TryAdd(string.Join('\u001f', labels), labels);
    }

    private void Remove(string[] values)
    {
        switch (_collector)
        {
            case Counter counter: counter.RemoveLabelled(values); break;
            case Gauge gauge: gauge.RemoveLabelled(values); break;
            case Histogram histogram: histogram.RemoveLabelled(values); break;
        }
    }
}
