using System.Diagnostics.Metrics;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Prometheus;
using QualityMap.Silo.Metrics.Export;

namespace QualityMap.Tests.Operations;

/// <summary>
/// Instruments as <see cref="MeterExporter"/> puts them into a prometheus-net registry labelled with a silo, read back
/// through prometheus-net's own text exposition, on Meters of the test's own.
/// </summary>
public sealed class MeterExporterTests : IDisposable
{
    private const string Silo = "10.0.0.5:11111";
    private readonly object _scope = new();
    private readonly Meter _meter;
    private readonly Meter _orleans;
    private readonly CollectorRegistry _registry = Prometheus.Metrics.NewCustomRegistry();
    private readonly MeterExporter _exporter;

    public MeterExporterTests()
    {
        _meter = new Meter(new MeterOptions("QualityMap.Tests") { Scope = _scope });
        _orleans = new Meter(new MeterOptions(PrometheusNames.OrleansMeter) { Scope = _scope });
        _registry.SetStaticLabels(new Dictionary<string, string> { ["silo"] = Silo });
        _exporter = new MeterExporter(_registry, i => ReferenceEquals(i.Meter.Scope, _scope), NullLogger<MeterExporter>.Instance);
    }

    public void Dispose()
    {
        _exporter.Dispose();
        _meter.Dispose();
        _orleans.Dispose();
    }

    [Fact]
    public async Task CountersAreCountersThatAddUpFromBeforeTheFirstScrape()
    {
        var counter = _meter.CreateCounter<long>("qualitymap_things_total", description: "Things seen.");
        counter.Add(3, Tag("kind", "plain"));
        counter.Add(1, Tag("kind", "plain"));
        counter.Add(2, Tag("kind", "odd"));

        var text = await ScrapeAsync();

        Assert.Contains("# TYPE qualitymap_things_total counter\n", text);
        Assert.Contains("qualitymap_things_total{kind=\"plain\",silo=\"10.0.0.5:11111\"} 4\n", text);
        Assert.Contains("qualitymap_things_total{kind=\"odd\",silo=\"10.0.0.5:11111\"} 2\n", text);
    }

    [Fact]
    public async Task HistogramsUseTheAdvisedBucketsCumulatively()
    {
        var histogram = _meter.CreateHistogram("qualitymap_wait_seconds", unit: "s", description: "Waits.", tags: null,
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.1, 0.5, 1] });
        foreach (var value in new[] { 0.05, 0.1, 0.3, 2.0 }) histogram.Record(value, Tag("level", "town"));

        var text = await ScrapeAsync();

        Assert.Contains("# TYPE qualitymap_wait_seconds histogram\n", text);
        Assert.Contains("qualitymap_wait_seconds_bucket{level=\"town\",silo=\"10.0.0.5:11111\",le=\"0.1\"} 2\n", text);   // 0.1 is "less or equal"
        Assert.Contains("qualitymap_wait_seconds_bucket{level=\"town\",silo=\"10.0.0.5:11111\",le=\"0.5\"} 3\n", text);
        Assert.Contains("qualitymap_wait_seconds_bucket{level=\"town\",silo=\"10.0.0.5:11111\",le=\"1\"} 3\n", text);
        Assert.Contains("qualitymap_wait_seconds_bucket{level=\"town\",silo=\"10.0.0.5:11111\",le=\"+Inf\"} 4\n", text);
        Assert.Contains("qualitymap_wait_seconds_count{level=\"town\",silo=\"10.0.0.5:11111\"} 4\n", text);
    }

    [Fact]
    public async Task AHistogramWithoutAdviceUsesTheDefaultBuckets()
    {
        _meter.CreateHistogram<double>("qualitymap_plain_seconds").Record(7);

        var buckets = (await ScrapeAsync()).Split('\n').Where(l => l.StartsWith("qualitymap_plain_seconds_bucket", StringComparison.Ordinal)).ToList();

        Assert.Equal(MeterExporter.DefaultBuckets.Count + 1, buckets.Count);
        Assert.EndsWith("le=\"5\"} 0", buckets[^3]);
        Assert.EndsWith("le=\"10\"} 1", buckets[^2]);
    }

    [Fact]
    public async Task ObservableGaugesAreReadAtEachScrapeAndSeriesNoLongerReportedLeave()
    {
        var colours = new Dictionary<string, int> { ["330402"] = 4, ["330411"] = 1 };
        _meter.CreateObservableGauge("qualitymap_colour", () => colours.Select(c => new Measurement<int>(c.Value, Tag("county", c.Key))), description: "Colour.");

        Assert.Contains("qualitymap_colour{county=\"330402\",silo=\"10.0.0.5:11111\"} 4\n", await ScrapeAsync());
        colours.Remove("330402");
        colours["330411"] = 2;

        var second = await ScrapeAsync();
        Assert.DoesNotContain("330402", second);
        Assert.Contains("qualitymap_colour{county=\"330411\",silo=\"10.0.0.5:11111\"} 2\n", second);
    }

    [Fact]
    public async Task AnObservableCounterReportsTheCallbacksTotal()
    {
        var total = 5L;
        _meter.CreateObservableCounter("qualitymap_fired_total", () => total);
        await ScrapeAsync();
        total = 7;

        Assert.Contains("# TYPE qualitymap_fired_total counter\nqualitymap_fired_total{silo=\"10.0.0.5:11111\"} 7\n", await ScrapeAsync());
    }

    [Fact]
    public async Task InstrumentsOfOneNameOnSeveralMetersFeedOneMetric()
    {
        using var other = new Meter(new MeterOptions(_meter.Name) { Scope = _scope });
        _meter.CreateCounter<int>("qualitymap_shared_total", description: "Shared.").Add(2);
        other.CreateCounter<int>("qualitymap_shared_total", description: "Shared.").Add(3);

        var text = await ScrapeAsync();

        Assert.Single(text.Split('\n'), l => l == "# TYPE qualitymap_shared_total counter");
        Assert.Contains("qualitymap_shared_total{silo=\"10.0.0.5:11111\"} 5\n", text);
    }

    [Fact]
    public async Task UpDownCountersAreGaugesAndSynchronousGaugesKeepTheLastValue()
    {
        var connections = _meter.CreateUpDownCounter<int>("qualitymap_connections");
        connections.Add(3);
        connections.Add(-1);
        var level = _meter.CreateGauge<double>("qualitymap_level");
        level.Record(10);
        level.Record(0.25);

        var text = await ScrapeAsync();

        Assert.Contains("# TYPE qualitymap_connections gauge\nqualitymap_connections{silo=\"10.0.0.5:11111\"} 2\n", text);
        Assert.Contains("# TYPE qualitymap_level gauge\nqualitymap_level{silo=\"10.0.0.5:11111\"} 0.25\n", text);
    }

    [Fact]
    public async Task NamesAreSanitizedValuesSpelledAsPrometheusReadsThemAndTheSiloLabelIsTheRegistrys()
    {
        var gauge = _meter.CreateUpDownCounter<double>("qualitymap.odd-name");
        gauge.Add(1.5, Tag("zeta", 1), Tag("alpha.beta", true), Tag("silo", "someone else"));

        Assert.Contains("qualitymap_odd_name{alpha_beta=\"true\",zeta=\"1\",silo=\"10.0.0.5:11111\"} 1.5\n", await ScrapeAsync());
    }

    [Fact]
    public async Task OrleansInstrumentsAreShortNamedInBaseUnitsAndCountersEndInTotal()
    {
        _orleans.CreateHistogram<double>("orleans-storage-write-latency", "ms").Record(250, Tag("type", "Batched"));
        _orleans.CreateCounter<int>("orleans-storage-write-errors").Add(2, Tag("type", "Batched"));
        _orleans.CreateObservableGauge("orleans-runtime-available-memory", () => 3L, unit: "MB");

        var text = await ScrapeAsync();

        Assert.Contains("# TYPE orleans_storage_write_latency_seconds histogram\n", text);
        Assert.Contains("orleans_storage_write_latency_seconds_sum{type=\"Batched\",silo=\"10.0.0.5:11111\"} 0.25\n", text);
        Assert.Contains("orleans_storage_write_latency_seconds_bucket{type=\"Batched\",silo=\"10.0.0.5:11111\",le=\"0.25\"} 1\n", text);
        Assert.Contains("# TYPE orleans_storage_write_errors_total counter\norleans_storage_write_errors_total{type=\"Batched\",silo=\"10.0.0.5:11111\"} 2\n", text);
        Assert.Contains("orleans_runtime_available_memory_bytes{silo=\"10.0.0.5:11111\"} 3145728\n", text);
    }

    [Fact]
    public async Task AnInstrumentWhoseNameIsTakenByAnotherKindIsLeftOutAndTheFirstStays()
    {
        _meter.CreateCounter<long>("qualitymap_taken_total").Add(1);
        _meter.CreateUpDownCounter<long>("qualitymap_taken_total").Add(5);

        var text = await ScrapeAsync();

        Assert.Contains("# TYPE qualitymap_taken_total counter\nqualitymap_taken_total{silo=\"10.0.0.5:11111\"} 1\n", text);
    }

    [Fact]
    public async Task AnInstrumentWithoutMeasurementsAndMetersOutsideTheFilterWriteNothing()
    {
        _meter.CreateCounter<long>("qualitymap_never_total");
        using var foreign = new Meter("QualityMap.Foreign");
        foreign.CreateCounter<long>("qualitymap_foreign_total").Add(1);

        var text = await ScrapeAsync();

        Assert.DoesNotContain("qualitymap_never_total", text);
        Assert.DoesNotContain("qualitymap_foreign_total", text);
    }

    private static KeyValuePair<string, object?> Tag(string name, object? value) => new(name, value);

    private async Task<string> ScrapeAsync()
    {
        using var stream = new MemoryStream();
        await _registry.CollectAndExportAsTextAsync(stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
