using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using QualityMap.Silo.Startup;

namespace QualityMap.Silo.Cluster;

/// <summary>
/// Region counts are derived and held in memory (<see cref="MapRebuilder"/>): when a silo dies or leaves, its region
/// grains come back on the others with their stored warnings but without their counts. Every live silo that sees
/// Orleans declare another dead runs the start-up rebuild again; it is idempotent (statuses carry versions, and a
/// town re-reports to its parents), so a region that never moved only re-reads what it has.
/// </summary>
public sealed class MapRepairAfterSiloDeath(
    IClusterMembershipService membership,
    ILocalSiloDetails local,
    MapRebuilder rebuilder,
    ILogger<MapRepairAfterSiloDeath> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var previous = membership.CurrentSnapshot;
        try
        {
            // The wait for the next update is abandoned on stop rather than cancelled: Orleans' enumerator answers
            // only at the next membership change, and the host's stop would otherwise wait its whole timeout for it.
            var updates = membership.MembershipUpdates.GetAsyncEnumerator(stoppingToken);
            while (await updates.MoveNextAsync().AsTask().WaitAsync(stoppingToken))
            {
                var snapshot = updates.Current;
                var died = snapshot.CreateUpdate(previous).Changes
                    .Where(m => m.Status == SiloStatus.Dead && !m.SiloAddress.Equals(local.SiloAddress))
                    .Select(m => m.SiloAddress.ToString())
                    .ToList();
                previous = snapshot;
                if (died.Count == 0 || snapshot.GetSiloStatus(local.SiloAddress) != SiloStatus.Active) continue;
                logger.LogWarning("Silo {Silos} left the cluster; rebuilding the map counts from the stored states", string.Join(", ", died));
                await RepairAsync(string.Join(", ", died), stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    // A grain of the dead silo may still be unreachable for a moment, or refuse a stale write and leave: try again.
    private async Task RepairAsync(string died, CancellationToken stoppingToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await rebuilder.RebuildAsync(stoppingToken);
                return;
            }
            catch (Exception exception) when (exception is not OperationCanceledException && attempt < MaxAttempts)
            {
                logger.LogWarning("Rebuilding the map after silo {Silos} left failed (attempt {Attempt}); trying again: {Error}", died, attempt, exception.Message);
                await Task.Delay(RetryDelay, stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "Rebuilding the map after silo {Silos} left failed; the next departure or restart rebuilds it", died);
                return;
            }
        }
    }

    private const int MaxAttempts = 5;
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(2);
}
