using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using QualityMap.Grains.Classification;
using QualityMap.Grains.Events;
using QualityMap.Silo.Demo;
using QualityMap.Silo.Regions;

namespace QualityMap.Tests.Demo;

public sealed class DemoSeederTests
{
    private readonly RecordingIngestion _ingestion = new();
    private readonly ManualTimeProvider _clock = new(new DateTimeOffset(2026, 5, 20, 2, 30, 0, TimeSpan.Zero));

    [Fact]
    public async Task SeedsEveryEventOnceInBatchesOfAtMostFiveHundred()
    {
        var result = await Seeder().SeedAsync(CancellationToken.None);

        Assert.True(result.Seeded);
        Assert.Equal(result.Data.Events.Select(e => e.EventId), _ingestion.Journal.Select(e => e.EventId));
        Assert.All(_ingestion.Calls, call => Assert.InRange(call.Count, 1, DemoSeeder.BatchSize));
        Assert.IsType<EnterpriseRegistered>(_ingestion.Journal[0]);
    }

    [Fact]
    public async Task ASecondStartFindsTheDemoSeededAndSendsNothingMore()
    {
        await Seeder().SeedAsync(CancellationToken.None);
        var journaled = _ingestion.Journal.Count;
        var calls = _ingestion.Calls.Count;
        // Later, so the regenerated events carry other dates under the same ids.
        _clock.Advance(TimeSpan.FromDays(3));

        var again = await Seeder().SeedAsync(CancellationToken.None);

        Assert.False(again.Seeded);
        Assert.Equal(journaled, _ingestion.Journal.Count);
        Assert.Equal(calls + 1, _ingestion.Calls.Count);
    }

    [Fact]
    public async Task AnotherSeedIsAnotherPopulation()
    {
        await Seeder().SeedAsync(CancellationToken.None);
        var journaled = _ingestion.Journal.Count;

        var other = await Seeder(seed: 99).SeedAsync(CancellationToken.None);

        Assert.True(other.Seeded);
        Assert.Equal(2 * journaled, _ingestion.Journal.Count, tolerance: journaled / 5);
    }

    [Fact]
    public void DefaultOptionsAreValidAndBadOnesAreNamed()
    {
        Assert.Empty(new DemoOptions().Validate());
        Assert.Equal(
            ["Demo:Enterprises must be between 1 and 100000 (was 0).", "Demo:EventsPerSecond must be between 0 and 1000 (was -1)."],
            new DemoOptions { Enterprises = 0, EventsPerSecond = -1 }.Validate());
        Assert.Single(new DemoOptions { EventsPerSecond = double.NaN }.Validate());
    }

    private DemoSeeder Seeder(int seed = 20201) => new(
        _ingestion,
        RegionTreeLoader.LoadBuiltInJiaxing(),
        _clock,
        new ClassificationOptions(),
        Options.Create(new DemoOptions { Enabled = true, Enterprises = 400, Seed = seed }),
        NullLogger<DemoSeeder>.Instance);
}
