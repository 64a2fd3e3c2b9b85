using Microsoft.Extensions.DependencyInjection;
using Orleans;
using Orleans.Hosting;
using Orleans.Runtime;
using Orleans.TestingHost;
using QualityMap.Tests.OrleansProviders;
using QualityMap.Tests.Storage;
using QualityMap.Silo.Cluster;

namespace QualityMap.Tests.OrleansRuntime;

/// <summary>
/// Orleans' in-process test cluster (TestingHost): two silos with in-memory membership and transport, grain
/// storage on the project's SQLite migration. A grain whose silo is killed comes back on the other with its state.
/// </summary>
public sealed class TwoSiloClusterTests
{
    [Fact]
    public async Task AGrainOfAKilledSiloReactivatesOnTheOtherWithItsStoredState()
    {
        await using var target = await SqliteTarget.CreateAsync();
        await using (var storage = target.Open())
        {
            await storage.Migrator.MigrateAsync();
        }

        var database = OrleansDatabase.For(target.Options);
        var builder = new InProcessTestClusterBuilder(2);
        builder.Options.ConfigureFileLogging = false;
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddAdoNetGrainStorage(TestSilo.StorageName, o => (o.Invariant, o.ConnectionString) = (database.Invariant, database.ConnectionString));
            FastFailureDetection.Configure(silo);
        });
        await using var cluster = builder.Build();
        await cluster.DeployAsync();
        var (doomed, survivor) = (cluster.Silos[0], cluster.Silos[1]);

        // ProbeGrain prefers the silo of its caller, so a call from the first silo's grain factory places it there.
        var key = SiloFixture.NewKey("moving");
        var onDoomed = GrainsOf(doomed).GetGrain<IProbeGrain>(key);
        Assert.Equal(doomed.SiloAddress.ToString(), await onDoomed.WhereAsync());
        Assert.Equal(4, await onDoomed.AddAsync(4));

        await cluster.KillSiloAsync(doomed);

        // Calls fail or wait until the survivor declared the killed silo dead; then the grain activates there.
        var onSurvivor = GrainsOf(survivor).GetGrain<IProbeGrain>(key);
        await Poll.UntilAsync(
            async () =>
            {
                try
                {
                    return await onSurvivor.WhereAsync().WaitAsync(TimeSpan.FromSeconds(5)) == survivor.SiloAddress.ToString();
                }
                catch (Exception e) when (e is SiloUnavailableException or TimeoutException or OrleansMessageRejectionException)
                {
                    return false;
                }
            },
            "the grain re-activates on the surviving silo",
            seconds: 60);
        Assert.Equal(4, await onSurvivor.GetTotalAsync());
        Assert.Equal(6, await onSurvivor.AddAsync(2));
    }

    private static IGrainFactory GrainsOf(InProcessSiloHandle silo) => silo.ServiceProvider.GetRequiredService<IGrainFactory>();
}
