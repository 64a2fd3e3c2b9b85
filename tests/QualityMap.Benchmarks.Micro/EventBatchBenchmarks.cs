using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using QualityMap.Api.Ingestion;
using QualityMap.Grains.Events;
using QualityMap.Silo.Ingestion;

namespace QualityMap.Benchmarks.Micro;

/// <summary>
/// A 1,000-event batch as <c>POST /api/events</c> receives it: parsed and validated item by item by
/// <see cref="EventParser"/> (GB 32100 check, region codes, dates), serialised to journal payloads
/// (<see cref="EventSerializer"/>), and read back from them as the dispatcher does on replay.
/// </summary>
[MemoryDiagnoser]
public class EventBatchBenchmarks
{
    public const int BatchSize = 1000;

    private readonly EventValidationOptions _validation = new();
    private byte[] _body = [];
    private IReadOnlyList<EnterpriseEvent> _events = [];
    private string[] _payloads = [];
    private RegionTreeValidationContext _context = null!;

    [GlobalSetup]
    public void Setup()
    {
        _events = SampleEvents.Batch(BatchSize);
        _payloads = [.. _events.Select(EventSerializer.Serialize)];
        // The wire format is the journal's camelCase JSON with its kind: the body a client sends.
        _body = Encoding.UTF8.GetBytes($"{{\"events\":[{string.Join(",", _payloads)}]}}");
        // Validation refuses events dated after "now"; the sample's clock sits after its last event.
        _context = new RegionTreeValidationContext(SampleEvents.Tree, new FixedTime(_events[^1].OccurredAt.AddHours(1)));
        var accepted = Parse();
        if (accepted != BatchSize) throw new InvalidOperationException($"Only {accepted} of {BatchSize} sample events parse.");
    }

    [Benchmark(Description = "Ingest parser: 1,000-event JSON batch → validated events")]
    public int Parse()
    {
        using var document = JsonDocument.Parse(_body);
        var accepted = 0;
        foreach (var item in document.RootElement.GetProperty("events").EnumerateArray())
        {
            if (EventParser.Parse(item, _context, _validation).IsSuccess) accepted++;
        }
        return accepted;
    }

    [Benchmark(Description = "Journal payloads: serialise 1,000 events")]
    public int Serialise()
    {
        var bytes = 0;
        foreach (var evt in _events) bytes += EventSerializer.Serialize(evt).Length;
        return bytes;
    }

    [Benchmark(Description = "Journal payloads: deserialise 1,000 events (replay)")]
    public int Deserialise()
    {
        var count = 0;
        foreach (var payload in _payloads) count += EventSerializer.Deserialize(payload).EventId.Length;
        return count;
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
    }
}
