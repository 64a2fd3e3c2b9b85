using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using QualityMap.Grains.Alerts;
using QualityMap.Grains.Live;
using QualityMap.Grains.Map;

namespace QualityMap.Api.Live;

/// <summary>
/// What grains on this silo publish (<see cref="IMapFeed"/>, <see cref="IAlertFeed"/>) goes to the cluster's feed
/// grain, batch after batch: a publishing grain only queues, and one call at a time keeps this silo's updates in the
/// order its grains made them (a region lives on one silo, so its updates stay in order cluster-wide). A batch the
/// feed did not take (its silo died) is sent again once it is back elsewhere; a copy of an update is harmless (each
/// carries the region's whole latest state). For the same reason a batch keeps only the last of a region's updates:
/// under load a county changes many times between two batches, and the watchers need only where it ended.
/// </summary>
public sealed class LiveFeedPublisher(IGrainFactory grains, ILogger<LiveFeedPublisher> logger) : BackgroundService, IMapFeed, IAlertFeed
{
    private const int MaxBatch = 2_000;
    private static readonly TimeSpan RetryDelay = TimeSpan.FromMilliseconds(250);

    private readonly Channel<object> _queue = Channel.CreateUnbounded<object>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>
    /// Raised for every map update as its grain publishes it, on the grain's turn (its request context is still there):
    /// what is counted once per cluster, on the silo where it happened (<c>MapFeedMetrics</c>).
    /// </summary>
    public event Action<MapUpdate>? Publishing;

    public void Publish(MapUpdate update)
    {
        Publishing?.Invoke(update);
        _queue.Writer.TryWrite(update);
    }

    public void Publish(Alert alert) => _queue.Writer.TryWrite(alert);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var feed = grains.GetGrain<ILiveFeedGrain>(ILiveFeedGrain.Key);
        var updates = new List<MapUpdate>();
        var alerts = new List<Alert>();
        try
        {
            while (await _queue.Reader.WaitToReadAsync(stoppingToken))
            {
                while (updates.Count + alerts.Count < MaxBatch && _queue.Reader.TryRead(out var next))
                {
                    if (next is MapUpdate update) updates.Add(update);
                    else alerts.Add((Alert)next);
                }
                while (true)
                {
                    try
                    {
                        // Not waited for past shutdown: the silo's stop must not hang on a feed that may be leaving too.
                        await feed.PublishAsync(LatestPerRegion(updates), [.. alerts]).WaitAsync(stoppingToken);
                        break;
                    }
                    catch (Exception exception) when (exception is not OperationCanceledException)
                    {
                        logger.LogWarning("The live feed did not take {Count} updates; trying again: {Error}", updates.Count + alerts.Count, exception.Message);
                        await Task.Delay(RetryDelay, stoppingToken);
                    }
                }
                updates.Clear();
                alerts.Clear();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    // A region's earlier states in the batch are superseded by its last one; every other update is kept, in order.
    internal static List<MapUpdate> LatestPerRegion(IReadOnlyList<MapUpdate> updates)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var kept = new List<MapUpdate>(updates.Count);
        for (var i = updates.Count - 1; i >= 0; i--)
        {
            if (updates[i] is not RegionChanged changed || seen.Add(changed.Region.Code)) kept.Add(updates[i]);
        }
        kept.Reverse();
        return kept;
    }
}
