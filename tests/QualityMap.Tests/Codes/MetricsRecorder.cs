using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using QualityMap.Api.Codes;
using QualityMap.Tests.EndToEnd;

namespace QualityMap.Tests.Codes;

/// <summary>Counts what one host's code instruments record, by instrument and tag value (other hosts' meters are ignored).</summary>
public sealed class MetricsRecorder : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<string, long> _counts = new();

    public MetricsRecorder(SiloHost host)
    {
        var meter = host.Service<CodeMetrics>().Meter;
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (ReferenceEquals(instrument.Meter, meter)) listener.EnableMeasurementEvents(instrument);
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            foreach (var tag in tags) _counts.AddOrUpdate($"{instrument.Name}{{{tag.Key}={tag.Value}}}", value, (_, sum) => sum + value);
        });
        _listener.Start();
    }

    /// <summary>e.g. <c>Count("qualitymap_code_verifications_total{result=invalid}")</c>.</summary>
    public long Count(string series) => _counts.GetValueOrDefault(series);

    public void Dispose() => _listener.Dispose();
}
