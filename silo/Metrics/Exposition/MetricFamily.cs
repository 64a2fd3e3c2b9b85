namespace QualityMap.Silo.Metrics.Exposition;

/// <summary>
/// Every series of one metric name. Instruments of the same name (one per Meter instance, e.g. in several areas or
/// hosts of one process) feed the same family, so a name is written once with one HELP and TYPE; measurements of
/// the same labels add up. Observable instruments are read afresh at every scrape: <see cref="BeginObservation"/>
/// forgets their previous values first.
/// </summary>
public sealed class MetricFamily
{
    private readonly object _lock = new();
    private readonly Dictionary<LabelSet, double> _values = [];
    private readonly Dictionary<LabelSet, HistogramSeries> _histograms = [];
    private readonly double[] _bounds;
    private int _instruments;

    public MetricFamily(string name, MetricType type, string help, bool observable, bool lastValueWins, IReadOnlyList<double>? bucketBounds)
    {
        Name = name;
        Type = type;
        Help = help;
        Observable = observable;
        LastValueWins = lastValueWins;
        _bounds = type == MetricType.Histogram ? ValidBounds(bucketBounds ?? DefaultBuckets) : [];
    }

    /// <summary>Prometheus client libraries' default buckets, for a histogram that gives no advice.</summary>
    public static IReadOnlyList<double> DefaultBuckets { get; } = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    public string Name { get; }

    public MetricType Type { get; }

    public string Help { get; }

    /// <summary>Fed by callbacks at scrape time rather than by recorded measurements.</summary>
    public bool Observable { get; }

    /// <summary>A synchronous <c>Gauge&lt;T&gt;</c>: a measurement replaces the value instead of adding to it.</summary>
    public bool LastValueWins { get; }

    internal void Attach()
    {
        lock (_lock) _instruments++;
    }

    /// <summary>Returns true when the last instrument left.</summary>
    internal bool Detach()
    {
        lock (_lock) return --_instruments == 0;
    }

    public void Record(double value, LabelSet labels)
    {
        lock (_lock)
        {
            if (Type == MetricType.Histogram)
            {
                if (double.IsNaN(value)) return;
                if (!_histograms.TryGetValue(labels, out var series)) _histograms[labels] = series = new HistogramSeries(_bounds.Length);
                series.Observe(_bounds, value);
            }
            else if (LastValueWins)
            {
                _values[labels] = value;
            }
            else
            {
                _values[labels] = _values.GetValueOrDefault(labels) + value;
            }
        }
    }

    /// <summary>Forgets the values observed at the previous scrape: a label set no longer reported disappears.</summary>
    public void BeginObservation()
    {
        lock (_lock) _values.Clear();
    }

    /// <summary>Writes HELP, TYPE and every series; nothing at all when the family has no series yet.</summary>
    public void WriteTo(TextWriter writer)
    {
        lock (_lock)
        {
            if (_values.Count == 0 && _histograms.Count == 0) return;
            writer.Write($"# HELP {Name} {PrometheusText.EscapeHelp(Help)}\n");
            writer.Write($"# TYPE {Name} {Type.ToString().ToLowerInvariant()}\n");
            if (Type == MetricType.Histogram) WriteHistograms(writer);
            else
            {
                foreach (var (labels, value) in _values.OrderBy(p => p.Key.Text, StringComparer.Ordinal))
                {
                    writer.Write($"{Name}{labels.Render()} {PrometheusText.Number(value)}\n");
                }
            }
        }
    }

    private void WriteHistograms(TextWriter writer)
    {
        foreach (var (labels, series) in _histograms.OrderBy(p => p.Key.Text, StringComparer.Ordinal))
        {
            long cumulative = 0;
            for (var i = 0; i < _bounds.Length; i++)
            {
                cumulative += series.BucketCounts[i];
                writer.Write($"{Name}_bucket{labels.Render("le", PrometheusText.Number(_bounds[i]))} {cumulative}\n");
            }
            writer.Write($"{Name}_bucket{labels.Render("le", "+Inf")} {series.Count}\n");
            writer.Write($"{Name}_sum{labels.Render()} {PrometheusText.Number(series.Sum)}\n");
            writer.Write($"{Name}_count{labels.Render()} {series.Count}\n");
        }
    }

    // +Inf is always written last, so a given +Inf (or NaN) bound is dropped rather than written twice.
    private static double[] ValidBounds(IReadOnlyList<double> bounds) => [.. bounds.Where(double.IsFinite).Distinct().Order()];
}
