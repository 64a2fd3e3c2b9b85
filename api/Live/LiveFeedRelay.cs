using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using QualityMap.Api.Alerts;
using QualityMap.Grains.Live;

namespace QualityMap.Api.Live;

/// <summary>
/// This silo's subscription to the cluster's live feed: what the feed grain passes on goes into the silo's
/// <see cref="MapFeed"/> (the SignalR map streams) and <see cref="AlertFeed"/> (the bureaus' alert streams).
/// Subscribed before the silo serves, renewed every few seconds on real time; after the feed grain's silo died, the
/// first renewal activates it elsewhere in a new epoch, and the open streams take snapshots.
/// </summary>
public sealed class LiveFeedRelay(IGrainFactory grains, MapFeed map, AlertFeed alerts, ILogger<LiveFeedRelay> logger)
    : BackgroundService, ILiveFeedObserver
{
    private static readonly TimeSpan RenewInterval = TimeSpan.FromSeconds(5);
    private ILiveFeedObserver? _reference;

    private ILiveFeedGrain Feed => grains.GetGrain<ILiveFeedGrain>(ILiveFeedGrain.Key);

    public Task ReceiveAsync(LiveBatch batch)
    {
        map.Append(batch.Epoch, batch.Items);
        foreach (var alert in batch.Alerts) alerts.Deliver(alert);
        return Task.CompletedTask;
    }

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        _reference = grains.CreateObjectReference<ILiveFeedObserver>(this);
        await SubscribeAsync().WaitAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(RenewInterval, TimeProvider.System);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await SubscribeAsync().WaitAsync(stoppingToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    logger.LogWarning("The live feed did not answer this silo's renewal: {Error}", exception.Message);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    // Leaves the feed before the silo stops: a batch sent to an observer whose silo is going away would be waited for
    // until Orleans' response time-out, and hold up the stop.
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (_reference is null) return;
        try
        {
            await Feed.UnsubscribeAsync(_reference).WaitAsync(TimeSpan.FromSeconds(2), cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning("The live feed did not take this silo's leaving: {Error}", exception.Message);
        }
    }

    private async Task SubscribeAsync()
    {
        var subscription = await Feed.SubscribeAsync(_reference!);
        if (!subscription.Renewed) map.Subscribed(subscription.Position);
    }
}
