using Orleans;
using QualityMap.Tests.OrleansProviders;
using QualityMap.Tests.OrleansRuntime.Grains;
using QualityMap.Tests.Storage;
using QualityMap.Silo.Cluster;

namespace QualityMap.Tests.OrleansRuntime;

/// <summary>
/// Two silos clustered over PostgreSQL share the reminder table; each owns part of the ring. When the owner of a
/// reminder goes, the survivor takes its range over and delivers the reminder on the shared manual clock.
/// </summary>
public sealed class PostgresReminderFailoverTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private static readonly TimeSpan DueIn = TimeSpan.FromMinutes(5);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task AReminderOfASiloThatGoesIsDeliveredByTheOther(bool kill)
    {
        await using var target = await database.NewTargetAsync();
        await using (var storage = target.Open())
        {
            await storage.Migrator.MigrateAsync();
        }

        var orleansDatabase = OrleansDatabase.For(target.Options);
        var clusterId = $"c{Guid.NewGuid():N}";
        var clock = new ManualTimeProvider();
        await using var first = await StartAsync(orleansDatabase, clusterId, clock);
        await using var second = await StartAsync(orleansDatabase, clusterId, clock);
        // SiloStatus.Active is 3: both silos must be in the ring before the reminder's owner is known.
        await Poll.UntilAsync(
            async () => Convert.ToInt64(await target.ScalarAsync($"SELECT COUNT(*) FROM OrleansMembershipTable WHERE DeploymentId = '{clusterId}' AND Status = 3;")) == 2,
            "both silos are active in the membership table");

        var key = SiloFixture.NewKey("failover");
        var grain = first.Grains.GetGrain<IAlarmGrain>(key);
        using var watch = new ReminderWatch(grain.GetGrainId());
        await grain.SetAsync(DueIn);
        var owner = await watch.ArmedAsync();
        var (gone, survivor) = owner.ToString() == first.Identity ? (first, second) : (second, first);

        if (kill)
        {
            await gone.KillAsync();
        }
        else
        {
            await gone.StopAsync();
        }

        // SiloStatus.Dead is 6: at once after a graceful stop, once the survivor's probes failed after a kill.
        await Poll.UntilAsync(
            async () => Convert.ToInt64(await target.ScalarAsync($"SELECT COUNT(*) FROM OrleansMembershipTable WHERE DeploymentId = '{clusterId}' AND Status = 6;")) == 1,
            "the silo that went is dead in the membership table",
            seconds: 60);
        await watch.ArmedAsync(on: silo => silo.ToString() == survivor.Identity);
        clock.Advance(DueIn + TimeSpan.FromSeconds(1));

        await Poll.UntilAsync(() => AlarmDeliveries.Of(key).Count == 1, $"the survivor delivers the reminder ({watch.Describe()})");
        Assert.Equal(survivor.Identity, AlarmDeliveries.Of(key)[0].Silo);
        await Poll.UntilAsync(
            async () => Convert.ToInt64(await target.ScalarAsync("SELECT COUNT(*) FROM OrleansRemindersTable;")) == 0,
            "the delivered reminder's row is deleted");
    }

    private static Task<TestSilo> StartAsync(OrleansDatabase database, string clusterId, TimeProvider clock) =>
        TestSilo.StartAsync(database, clusterId, clusterOverDatabase: true, clock: clock, configure: FastFailureDetection.Configure);
}
