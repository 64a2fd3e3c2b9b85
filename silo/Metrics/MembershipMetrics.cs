using System.Diagnostics.Metrics;
using Microsoft.Extensions.Hosting;
using QualityMap.Silo.Cluster;

namespace QualityMap.Silo.Metrics;

/// <summary>
/// The cluster's membership as this silo sees it (Orleans has no meter for it): silos by status, read from the
/// membership snapshot at scrape time, and the silos this one saw Orleans declare dead. Every silo reports the same
/// cluster: take <c>max without (instance, silo)</c> for a cluster figure.
/// </summary>
public sealed class MembershipMetrics : BackgroundService
{
    /// <summary>The statuses always reported (0 when none), so a query or rule sees each from the first scrape.</summary>
    private static readonly SiloStatus[] Reported =
        [SiloStatus.Joining, SiloStatus.Active, SiloStatus.ShuttingDown, SiloStatus.Stopping, SiloStatus.Dead];

    private readonly IClusterMembershipService _membership;
    private readonly ILocalSiloDetails _local;
    private long _declaredDead;

    public MembershipMetrics(IClusterMembershipService membership, ILocalSiloDetails local, IMeterFactory meters)
    {
        _membership = membership;
        _local = local;
        var meter = meters.Create(QualityMapMeter.Name);
        meter.CreateObservableGauge("qualitymap_cluster_silos", Silos,
            description: "Silos in the cluster's membership by status, as this silo sees it (dead ones stay until Orleans cleans them up).");
        // Observable, so the series is there at 0 from the first scrape: increase() cannot count a series' first sample.
        meter.CreateObservableCounter("qualitymap_cluster_silos_declared_dead_total", () => Interlocked.Read(ref _declaredDead),
            description: "Other silos this silo saw the membership declare dead (a crash, or a stop).");
    }

    private IEnumerable<Measurement<int>> Silos()
    {
        var members = _membership.CurrentSnapshot.Members.Values;
        return Reported.Select(status => new Measurement<int>(
            members.Count(m => m.Status == status), new KeyValuePair<string, object?>("status", LabelOf(status))));
    }

    private static string LabelOf(SiloStatus status) => status switch
    {
        SiloStatus.ShuttingDown => "shutting_down",
        _ => status.ToString().ToLowerInvariant(),
    };

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var deaths in SiloDeaths.WatchAsync(_membership, _local.SiloAddress, stoppingToken))
        {
            Interlocked.Add(ref _declaredDead, deaths.Died.Count);
        }
    }
}
