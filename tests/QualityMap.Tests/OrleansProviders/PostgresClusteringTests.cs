using QualityMap.Tests.Storage;
using QualityMap.Silo.Cluster;

namespace QualityMap.Tests.OrleansProviders;

/// <summary>Two silos form one cluster over the membership tables the project's migrator created on PostgreSQL.</summary>
public sealed class PostgresClusteringTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task TwoSilosFormAClusterAndCallEachOthersGrains()
    {
        await using var target = await database.NewTargetAsync();
        await using (var storage = target.Open())
        {
            await storage.Migrator.MigrateAsync();
        }

        var orleansDatabase = OrleansDatabase.For(target.Options);
        var clusterId = $"c{Guid.NewGuid():N}";
        await using var first = await TestSilo.StartAsync(orleansDatabase, clusterId, clusterOverDatabase: true);
        await using var second = await TestSilo.StartAsync(orleansDatabase, clusterId, clusterOverDatabase: true);

        // SiloStatus.Active is 3.
        await Poll.UntilAsync(
            async () => Convert.ToInt64(await target.ScalarAsync($"SELECT COUNT(*) FROM OrleansMembershipTable WHERE DeploymentId = '{clusterId}' AND Status = 3;")) == 2,
            "both silos are active in the membership table");

        // Activated on the first silo (local placement), then called from the second.
        var key = $"cluster-{Guid.NewGuid():N}";
        Assert.Equal(first.Identity, await first.Grains.GetGrain<IProbeGrain>(key).WhereAsync());
        Assert.NotEqual(first.Identity, second.Identity);
        Assert.Equal(first.Identity, await second.Grains.GetGrain<IProbeGrain>(key).WhereAsync());
        Assert.Equal(3, await second.Grains.GetGrain<IProbeGrain>(key).AddAsync(3));
    }
}
