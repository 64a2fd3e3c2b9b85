using Orleans.Configuration;
using Orleans.Hosting;
using QualityMap.Tests.OrleansProviders;
using QualityMap.Tests.OrleansRuntime.Grains;
using QualityMap.Tests.Storage;
using QualityMap.Silo.Cluster;

namespace QualityMap.Tests.OrleansRuntime;

/// <summary>Idle activations leave memory after the collection age and come back with their state; [KeepAlive] ones stay.</summary>
public sealed class IdleCollectionTests
{
    [Fact]
    public async Task AnIdleGrainIsCollectedAndComesBackWithItsStateWhileAKeepAliveGrainStays()
    {
        await using var target = await SqliteTarget.CreateAsync();
        await using (var storage = target.Open())
        {
            await storage.Migrator.MigrateAsync();
        }

        // Real seconds: activation collection is pinned to the system clock, so the manual one cannot drive it.
        // The age must exceed the quantum (Orleans' validator); [CollectionAgeLimit] cannot go below one minute.
        await using var silo = await TestSilo.StartAsync(
            OrleansDatabase.For(target.Options),
            $"c{Guid.NewGuid():N}",
            clock: new ManualTimeProvider(),
            configure: s => s.Configure<GrainCollectionOptions>(o =>
            {
                o.CollectionQuantum = TimeSpan.FromSeconds(1);
                o.CollectionAge = TimeSpan.FromSeconds(2);
            }));
        var (pinnedKey, idleKey) = (SiloFixture.NewKey("pinned"), SiloFixture.NewKey("idle"));
        var pinned = silo.Grains.GetGrain<IPinnedGrain>(pinnedKey);
        var idle = silo.Grains.GetGrain<IIdleGrain>(idleKey);

        // The pinned grain goes idle first, so it would be due for collection no later than the other one.
        await pinned.AddAsync(1);
        await idle.AddAsync(5);
        await Poll.UntilAsync(() => Signals.Count(CountingGrain.Deactivations(idleKey)) == 1, "the idle grain is collected");

        Assert.Equal((5, 2), await idle.GetAsync());
        Assert.Equal(0, Signals.Count(CountingGrain.Deactivations(pinnedKey)));
        Assert.Equal((1, 1), await pinned.GetAsync());
    }
}
