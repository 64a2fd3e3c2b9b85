using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging.Abstractions;
using QualityMap.Silo.Metrics.Exposition;

namespace QualityMap.Tests.Operations;

/// <summary>The Prometheus text format 0.0.4 as <see cref="PrometheusExporter"/> writes it, on a Meter of the test's own.</summary>
public sealed class ExpositionFormatTests : IDisposable
{
    private readonly Meter _meter = new("QualityMap.Tests." + Guid.NewGuid().ToString("N"));
    private readonly PrometheusExporter _exporter;

    public ExpositionFormatTests()
    {
        var name = _meter.Name;
        _exporter = new PrometheusExporter(m => m.Name == name, NullLogger<PrometheusExporter>.Instance);
    }

    public void Dispose()
    {
        _exporter.Dispose();
        _meter.Dispose();
    }

    [Fact]
    public void CounterWritesHelpAndTypeOnceAndEscapesHelpAndLabelValues()
    {
        var counter = _meter.CreateCounter<long>("qualitymap_things_total", description: "Things seen\nby \"kind\" in C:\\data");
        counter.Add(2, new KeyValuePair<string, object?>("kind", "say \"hi\"\\now\nthen"));
        counter.Add(3, new KeyValuePair<string, object?>("kind", "plain"));
        counter.Add(1, new KeyValuePair<string, object?>("kind", "plain"));

        Assert.Equal(
            "# HELP qualitymap_things_total Things seen\\nby \"kind\" in C:\\\\data\n" +
            "# TYPE qualitymap_things_total counter\n" +
            "qualitymap_things_total{kind=\"plain\"} 4\n" +
            "qualitymap_things_total{kind=\"say \\\"hi\\\"\\\\now\\nthen\"} 2\n",
            _exporter.Scrape());
    }

    [Fact]
    public void HistogramBucketsAreCumulativeAndEndWithInfSumAndCount()
    {
        var histogram = _meter.CreateHistogram("qualitymap_wait_seconds", unit: "s", description: "Waits.", tags: null,
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.1, 0.5, 1] });
        foreach (var value in new[] { 0.05, 0.1, 0.3, 2.0 }) histogram.Record(value, new KeyValuePair<string, object?>("level", "town"));

        Assert.Equal(
            "# HELP qualitymap_wait_seconds Waits.\n" +
            "# TYPE qualitymap_wait_seconds histogram\n" +
            "qualitymap_wait_seconds_bucket{level=\"town\",le=\"0.1\"} 2\n" +   // 0.1 itself is "less or equal"
            "qualitymap_wait_seconds_bucket{level=\"town\",le=\"0.5\"} 3\n" +
            "qualitymap_wait_seconds_bucket{level=\"town\",le=\"1\"} 3\n" +
            "qualitymap_wait_seconds_bucket{level=\"town\",le=\"+Inf\"} 4\n" +
            "qualitymap_wait_seconds_sum{level=\"town\"} 2.45\n" +
            "qualitymap_wait_seconds_count{level=\"town\"} 4\n",
            _exporter.Scrape());
    }

    [Fact]
    public void HistogramWithoutAdviceUsesTheDefaultBucketsAndUnlabelledLinesHaveOnlyLe()
    {
        _meter.CreateHistogram<double>("qualitymap_plain_seconds").Record(7);

        var lines = _exporter.Scrape().Split('\n', StringSplitOptions.RemoveEmptyEntries);

        var buckets = lines.Where(l => l.StartsWith("qualitymap_plain_seconds_bucket", StringComparison.Ordinal)).ToList();
        Assert.Equal(MetricFamily.DefaultBuckets.Count + 1, buckets.Count);
        Assert.Equal("qualitymap_plain_seconds_bucket{le=\"5\"} 0", buckets[^3]);
        Assert.Equal("qualitymap_plain_seconds_bucket{le=\"10\"} 1", buckets[^2]);
        Assert.Equal("qualitymap_plain_seconds_bucket{le=\"+Inf\"} 1", buckets[^1]);
        Assert.Contains("qualitymap_plain_seconds_sum 7", lines);
        Assert.Contains("qualitymap_plain_seconds_count 1", lines);
    }

    [Fact]
    public void ObservableGaugesAreReadAtEachScrapeAndVanishedLabelsDisappear()
    {
        var colours = new Dictionary<string, int> { ["330402"] = 4, ["330411"] = 1 };
        _meter.CreateObservableGauge("qualitymap_colour", () => colours.Select(c => new Measurement<int>(c.Value, new KeyValuePair<string, object?>("county", c.Key))),
            description: "Colour.");

        Assert.Contains("qualitymap_colour{county=\"330402\"} 4\n", _exporter.Scrape());
        colours.Remove("330402");
        colours["330411"] = 2;

        var second = _exporter.Scrape();
        Assert.DoesNotContain("330402", second);
        Assert.Contains("qualitymap_colour{county=\"330411\"} 2\n", second);
    }

    [Fact]
    public void ObservableCounterReportsTheCallbacksTotalNotASum()
    {
        var total = 5L;
        _meter.CreateObservableCounter("qualitymap_fired_total", () => total);
        _exporter.Scrape();
        total = 7;

        Assert.Contains("# TYPE qualitymap_fired_total counter\nqualitymap_fired_total 7\n", _exporter.Scrape());
    }

    [Fact]
    public void InstrumentsOfOneNameOnSeveralMetersFormOneFamily()
    {
        using var other = new Meter(_meter.Name);
        _meter.CreateCounter<int>("qualitymap_shared_total", description: "Shared.").Add(2);
        other.CreateCounter<int>("qualitymap_shared_total", description: "Shared.").Add(3);

        var text = _exporter.Scrape();

        Assert.Equal(1, Occurrences(text, "# HELP qualitymap_shared_total"));
        Assert.Equal(1, Occurrences(text, "# TYPE qualitymap_shared_total"));
        Assert.Contains("qualitymap_shared_total 5\n", text);
    }

    [Fact]
    public void UpDownCountersAreGaugesAndSynchronousGaugesKeepTheLastValue()
    {
        var connections = _meter.CreateUpDownCounter<int>("qualitymap_connections");
        connections.Add(3);
        connections.Add(-1);
        var level = _meter.CreateGauge<double>("qualitymap_level");
        level.Record(10);
        level.Record(0.25);

        var text = _exporter.Scrape();

        Assert.Contains("# TYPE qualitymap_connections gauge\nqualitymap_connections 2\n", text);
        Assert.Contains("# TYPE qualitymap_level gauge\nqualitymap_level 0.25\n", text);
    }

    [Fact]
    public void LabelsAreSortedNamesSanitizedAndSpecialValuesSpelledAsPrometheusReadsThem()
    {
        var gauge = _meter.CreateUpDownCounter<double>("qualitymap.odd-name");
        gauge.Add(double.PositiveInfinity, new KeyValuePair<string, object?>("zeta", 1), new KeyValuePair<string, object?>("alpha.beta", true));
        gauge.Add(double.NaN, new KeyValuePair<string, object?>("9lives", 0.5));

        var text = _exporter.Scrape();

        Assert.Contains("qualitymap_odd_name{alpha_beta=\"true\",zeta=\"1\"} +Inf\n", text);
        Assert.Contains("qualitymap_odd_name{_9lives=\"0.5\"} NaN\n", text);
    }

    [Fact]
    public void AnInstrumentWithoutMeasurementsWritesNothingAndADisposedMeterLeaves()
    {
        _meter.CreateCounter<long>("qualitymap_never_total");
        Assert.Equal("", _exporter.Scrape());

        var leaving = new Meter(_meter.Name);
        leaving.CreateCounter<long>("qualitymap_leaving_total").Add(1);
        Assert.Contains("qualitymap_leaving_total 1", _exporter.Scrape());
        leaving.Dispose();

        Assert.DoesNotContain("qualitymap_leaving_total", _exporter.Scrape());
    }

    [Fact]
    public void MetersOutsideTheFilterAreNotExported()
    {
        using var foreign = new Meter("Foreign." + Guid.NewGuid().ToString("N"));
        foreign.CreateCounter<long>("foreign_total").Add(1);

        Assert.DoesNotContain("foreign_total", _exporter.Scrape());
    }

    private static int Occurrences(string text, string value) => text.Split(value).Length - 1;
}
