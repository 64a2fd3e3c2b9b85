using BenchmarkDotNet.Attributes;
using QualityMap.Grains.Events;
using QualityMap.Silo.Ingestion;
using QualityMap.Silo.Storage;

namespace QualityMap.Benchmarks.Micro;

/// <summary>
/// The journal's hash chain (<see cref="JournalHash"/>): one link over a registration's stored payload (the
/// largest common event), computed once per event at append and again by every verification.
/// </summary>
[MemoryDiagnoser]
public class JournalHashBenchmarks
{
    private JournalRecord _record = null!;

    [GlobalSetup]
    public void Setup()
    {
        var registration = SampleEvents.Batch(1).OfType<EnterpriseRegistered>().Single();
        var payload = EventSerializer.Serialize(registration);
        var at = registration.OccurredAt.ToUniversalTime();
        _record = new JournalRecord(123_456, registration.EventId, registration.Kind, registration.Uscc, at, at.AddSeconds(2),
            payload, "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "");
    }

    [Benchmark(Description = "Journal hash: one SHA-256 link (registration payload)")]
    public string Link() => JournalHash.Compute(_record);
}
