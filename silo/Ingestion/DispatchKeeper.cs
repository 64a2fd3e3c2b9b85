using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace QualityMap.Silo.Ingestion;

/// <summary>
/// Every silo pings the cluster's dispatch grain (<see cref="IJournalDispatchGrain"/>), once before the silo serves
/// and then every <see cref="DispatchOptions.KeeperInterval"/> on real time: after the silo that hosted it dies,
/// the first ping once Orleans has declared it dead activates the dispatcher on a live one. On shutdown it stops
/// this silo's dispatcher first, so the events in flight finish and the checkpoint is stored while grains still run.
/// </summary>
public sealed class DispatchKeeper(
    IGrainFactory grains, JournalDispatcher dispatcher, IOptions<DispatchOptions> options, ILogger<DispatchKeeper> logger) : BackgroundService
{
    private IJournalDispatchGrain Grain => grains.GetGrain<IJournalDispatchGrain>(IJournalDispatchGrain.Key);

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await Grain.EnsureRunningAsync().WaitAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.KeeperInterval, TimeProvider.System);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await Grain.EnsureRunningAsync().WaitAsync(stoppingToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    // Expected while the cluster reacts to a dead silo: the grain's old address answers nothing.
                    logger.LogWarning("The journal dispatcher did not answer its keeper: {Error}", exception.Message);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await dispatcher.StopAsync(cancellationToken);
    }
}
