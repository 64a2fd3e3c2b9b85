using Orleans;
using Orleans.Runtime;
using Orleans.Storage;
using QualityMap.Tests.Storage;
using QualityMap.Silo.Cluster;

namespace QualityMap.Tests.OrleansProviders;

/// <summary>
/// Orleans' own ADO.NET persistence and reminder providers over a database that the project's migrator created
/// (migration 0004); run against every dialect.
/// </summary>
public abstract class OrleansProviderTests : IAsyncLifetime
{
    private StorageTarget _target = null!;

    protected OrleansDatabase Database { get; private set; } = null!;

    protected StorageTarget Target => _target;

    protected string ClusterId { get; } = $"c{Guid.NewGuid():N}";

    public async Task InitializeAsync()
    {
        _target = await CreateTargetAsync();
        await using (var storage = _target.Open())
        {
            await storage.Migrator.MigrateAsync();
        }

        Database = OrleansDatabase.For(_target.Options);
    }

    public async Task DisposeAsync() => await _target.DisposeAsync();

    protected abstract Task<StorageTarget> CreateTargetAsync();

    [Fact]
    public async Task GrainStateSurvivesDeactivationAndANewSilo()
    {
        var key = $"state-{Guid.NewGuid():N}";
        await using (var silo = await TestSilo.StartAsync(Database, ClusterId))
        {
            var grain = silo.Grains.GetGrain<IProbeGrain>(key);
            Assert.Equal(5, await grain.AddAsync(5));
            await grain.DeactivateAsync();
            // A fresh activation starts from what the provider read back.
            Assert.Equal(7, await grain.AddAsync(2));
        }

        await using (var silo = await TestSilo.StartAsync(Database, ClusterId))
        {
            Assert.Equal(7, await silo.Grains.GetGrain<IProbeGrain>(key).GetTotalAsync());
        }

        Assert.Equal(1L, Convert.ToInt64(await Target.ScalarAsync("SELECT COUNT(*) FROM OrleansStorage;")));
        Assert.Equal(2L, Convert.ToInt64(await Target.ScalarAsync("SELECT Version FROM OrleansStorage;")));
    }

    [Fact]
    public async Task AStaleETagIsRefused()
    {
        await using var silo = await TestSilo.StartAsync(Database, ClusterId);
        var grainId = GrainId.Create("probe", $"etag-{Guid.NewGuid():N}");

        var winner = new GrainState<ProbeState>(new ProbeState { Total = 1 });
        await silo.Storage.WriteStateAsync("probe", grainId, winner);
        Assert.Equal("1", winner.ETag);

        // A second writer that read the same version, and one that never read at all.
        var stale = new GrainState<ProbeState>(new ProbeState { Total = 100 }) { ETag = winner.ETag };
        var blind = new GrainState<ProbeState>(new ProbeState { Total = 200 });

        winner.State = new ProbeState { Total = 2 };
        await silo.Storage.WriteStateAsync("probe", grainId, winner);
        Assert.Equal("2", winner.ETag);

        await Assert.ThrowsAsync<InconsistentStateException>(() => silo.Storage.WriteStateAsync("probe", grainId, stale));
        await Assert.ThrowsAsync<InconsistentStateException>(() => silo.Storage.WriteStateAsync("probe", grainId, blind));
        await Assert.ThrowsAsync<InconsistentStateException>(() => silo.Storage.ClearStateAsync("probe", grainId, stale));

        var read = new GrainState<ProbeState>();
        await silo.Storage.ReadStateAsync("probe", grainId, read);
        Assert.Equal((2, "2"), (read.State!.Total, read.ETag));
    }

    [Fact]
    public async Task OfConcurrentFirstWritesExactlyOneWins()
    {
        await using var silo = await TestSilo.StartAsync(Database, ClusterId);
        var grainId = GrainId.Create("probe", $"race-{Guid.NewGuid():N}");

        // Two activations that both believe they are the grain's only one (split brain), neither having read.
        var writes = Enumerable.Range(1, 8)
            .Select(i => Task.Run(() => silo.Storage.WriteStateAsync("probe", grainId, new GrainState<ProbeState>(new ProbeState { Total = i }))))
            .ToList();
        var outcomes = await Task.WhenAll(writes.Select(async w =>
        {
            try
            {
                await w;
                return true;
            }
            catch (InconsistentStateException)
            {
                return false;
            }
        }));

        Assert.Single(outcomes, won => won);
        Assert.Equal(1L, Convert.ToInt64(await Target.ScalarAsync("SELECT COUNT(*) FROM OrleansStorage;")));
    }

    [Fact]
    public async Task RemindersFireAreListedAndSurviveASiloRestart()
    {
        var key = $"reminder-{Guid.NewGuid():N}";
        await using (var silo = await TestSilo.StartAsync(Database, ClusterId))
        {
            var grain = silo.Grains.GetGrain<IProbeGrain>(key);
            await grain.StartTickingAsync(TimeSpan.FromSeconds(1));
            await Poll.UntilAsync(() => ReminderTicks.Of(key).Count > 0, "the reminder fires");
            Assert.Equal([ProbeGrain.ReminderName], await grain.ListRemindersAsync());
        }

        Assert.Equal(1L, Convert.ToInt64(await Target.ScalarAsync("SELECT COUNT(*) FROM OrleansRemindersTable;")));
        await using (var silo = await TestSilo.StartAsync(Database, ClusterId))
        {
            // Nobody calls the grain: the new silo's reminder service finds the row and activates it.
            await Poll.UntilAsync(() => ReminderTicks.Of(key).Contains(silo.Identity), "the reminder fires on the restarted silo");
            var grain = silo.Grains.GetGrain<IProbeGrain>(key);
            Assert.Equal([ProbeGrain.ReminderName], await grain.ListRemindersAsync());
            await grain.StopTickingAsync();
            Assert.Empty(await grain.ListRemindersAsync());
        }

        Assert.Equal(0L, Convert.ToInt64(await Target.ScalarAsync("SELECT COUNT(*) FROM OrleansRemindersTable;")));
    }
}
