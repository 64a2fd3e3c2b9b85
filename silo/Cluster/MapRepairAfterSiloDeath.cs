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
        try
        {
            await foreach (var deaths in SiloDeaths.WatchAsync(membership, local.SiloAddress, stoppingToken))
            {
                if (!deaths.LocalIsActive) continue;
                var died = string.Join(", ", deaths.Died);
                logger.LogWarning("Silo {Silos} left the cluster; rebuilding the map counts from the stored states", died);
                await RepairAsync(died, stoppingToken);
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
