using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using QualityMap.Grains.Classification;
using QualityMap.Grains.Events;
using QualityMap.Silo.Demo;
using QualityMap.Silo.Regions;

namespace QualityMap.Tests.Demo;

public sealed class DemoSimulatorTests : IDisposable
{
    private const int Enterprises = 300;

    private readonly RecordingIngestion _ingestion = new();
    private readonly ManualTimeProvider _clock = new(new DateTimeOffset(2026, 5, 20, 2, 30, 0, TimeSpan.Zero));
    private readonly ManualLifetime _lifetime = new();

    [Fact]
    public async Task SeedsOnlyOnceTheHostHasStartedThenSendsLiveEventsUntilStopped()
    {
        using var simulator = Simulator(eventsPerSecond: 5);
        await simulator.StartAsync(CancellationToken.None);
        await Task.Delay(200);
        Assert.Empty(_ingestion.Calls);

        _lifetime.Start();
        await WaitUntilAsync(() => _ingestion.Journal.Any(e => e.EventId.StartsWith("demo-live-", StringComparison.Ordinal)), advance: true);
        var seeded = _ingestion.Journal.Count(e => e.EventId.StartsWith("demo-20201-", StringComparison.Ordinal));
        for (var step = 0; step < 120; step++)
        {
            _clock.Advance(TimeSpan.FromMilliseconds(500));
            await Task.Delay(5);
        }

        await simulator.StopAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));

        var live = _ingestion.Journal.Where(e => e.EventId.StartsWith("demo-live-", StringComparison.Ordinal)).ToList();
        Assert.True(seeded > Enterprises);
        // About 5/s over a minute of manual time; the loop may miss a few steps of the clock.
        Assert.InRange(live.Count, 60, 600);
        Assert.All(live, e => Assert.True(e.OccurredAt <= _clock.GetUtcNow()));
        Assert.Equal(live.Count, live.Select(e => e.EventId).Distinct().Count());
        var sent = _ingestion.Journal.Count;
        _clock.Advance(TimeSpan.FromMinutes(1));
        await Task.Delay(100);
        Assert.Equal(sent, _ingestion.Journal.Count);
    }

    [Fact]
    public async Task ZeroEventsPerSecondOnlySeeds()
    {
        using var simulator = Simulator(eventsPerSecond: 0);
        _lifetime.Start();
        await simulator.StartAsync(CancellationToken.None);

        await WaitUntilAsync(() => simulator.ExecuteTask!.IsCompleted, advance: false);

        Assert.NotEmpty(_ingestion.Journal);
        Assert.DoesNotContain(_ingestion.Journal, e => e.EventId.StartsWith("demo-live-", StringComparison.Ordinal));
        Assert.IsType<EnterpriseRegistered>(_ingestion.Journal[0]);
    }

    public void Dispose() => _lifetime.Dispose();

    private DemoSimulator Simulator(double eventsPerSecond)
    {
        var options = Options.Create(new DemoOptions { Enabled = true, Enterprises = Enterprises, EventsPerSecond = eventsPerSecond });
        var classification = new ClassificationOptions();
        var regions = RegionTreeLoader.LoadBuiltInJiaxing();
        var seeder = new DemoSeeder(_ingestion, regions, _clock, classification, options, NullLogger<DemoSeeder>.Instance);
        return new DemoSimulator(seeder, null, _ingestion, _clock, classification, options, _lifetime, NullLogger<DemoSimulator>.Instance);
    }

    private async Task WaitUntilAsync(Func<bool> condition, bool advance)
    {
        for (var attempt = 0; attempt < 1000 && !condition(); attempt++)
        {
            if (advance)
            {
                _clock.Advance(TimeSpan.FromMilliseconds(200));
            }

            await Task.Delay(10);
        }

        Assert.True(condition(), "timed out");
    }
}
