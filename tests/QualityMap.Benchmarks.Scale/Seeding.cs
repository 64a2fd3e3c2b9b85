using System.Diagnostics;
using QualityMap.Api.Ingestion;
using QualityMap.Grains.Events;

namespace QualityMap.Benchmarks.Scale;

/// <summary>
/// Seeds the fleet through the silo's own ingestion pipeline (<see cref="IEventIngestion"/>, what
/// <c>POST /api/events</c> calls after parsing): journaled with the hash chain, dispatched to the real enterprise
/// grains, which classify and store their states, exactly what a start-up reads back. Only HTTP and JSON parsing
/// are skipped; batches of 1,000, two in flight. Returns when every batch is acknowledged (durable).
/// </summary>
public static class Seeding
{
    public const int BatchSize = 1000;

    public static async Task<TimeSpan> IngestAsync(InProcessSilo silo, IReadOnlyList<EnterpriseEvent> events, int inFlight = 2)
    {
        var ingestion = silo.Service<IEventIngestion>();
        var started = Stopwatch.GetTimestamp();
        var batches = events.Chunk(BatchSize).ToArray();
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, inFlight).Select(async _ =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < batches.Length)
            {
                var outcomes = await ingestion.IngestAsync(batches[index]);
                if (outcomes.FirstOrDefault(o => o.Status == IngestStatus.Rejected) is { } rejected)
                    throw new InvalidOperationException($"Event {rejected.EventId} was rejected: {string.Join("; ", rejected.Errors)}");
            }
        }));
        return Stopwatch.GetElapsedTime(started);
    }
}
