using Orleans.Configuration;
using Orleans.Hosting;

namespace QualityMap.Tests.OrleansRuntime;

/// <summary>
/// Membership settings under which a killed silo is declared dead within seconds instead of Orleans' defaults
/// (three missed probes of 5 s, table refresh every 60 s), so a fail-over test stays short.
/// </summary>
public static class FastFailureDetection
{
    public static void Configure(ISiloBuilder silo) => silo.Configure<ClusterMembershipOptions>(o =>
    {
        o.ProbeTimeout = TimeSpan.FromSeconds(1);
        o.NumMissedProbesLimit = 2;
        // With two silos only the survivor can vote; Orleans caps the votes needed at half the live silos anyway.
        o.NumVotesForDeathDeclaration = 1;
        o.TableRefreshTimeout = TimeSpan.FromSeconds(1);
        o.IAmAliveTablePublishTimeout = TimeSpan.FromSeconds(1);
    });
}
