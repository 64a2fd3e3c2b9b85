using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Orleans.Concurrency;
using Orleans.Placement;
using QualityMap.Grains.Alerts;
using QualityMap.Grains.Map;

namespace QualityMap.Grains.Live;

/// <summary>
/// Numbers and fans out the cluster's live updates. Each subscriber has its own queue and one send in flight: Orleans
/// does not keep the order of separate calls, so a subscriber's next batch leaves only once the previous one arrived,
/// and what piles up meanwhile goes as one batch (a slow silo gets bigger batches, never a reordered stream). A
/// subscriber whose silo stopped answering, or that has not renewed, is dropped; it starts again from a position.
/// Reentrant: publishing is a few list appends and must not wait behind a send. Placed on the silo that first asks.
/// </summary>
[GrainType("live-feed")]
[KeepAlive]
[Reentrant]
[PreferLocalPlacement]
public sealed class LiveFeedGrain(TimeProvider time, ILogger<LiveFeedGrain> logger) : Grain, ILiveFeedGrain
{
    // A relay renews every few seconds; one silent this long is gone.
    private static readonly TimeSpan SubscriptionLifetime = TimeSpan.FromMinutes(1);

    private readonly string _epoch = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
    private readonly Dictionary<ILiveFeedObserver, Subscriber> _subscribers = [];
    private long _seq;

    public Task<FeedSubscription> SubscribeAsync(ILiveFeedObserver observer)
    {
        var renewed = _subscribers.TryGetValue(observer, out var subscriber);
        if (!renewed) _subscribers[observer] = subscriber = new Subscriber(observer);
        subscriber!.RenewedAt = TimeProvider.System.GetUtcNow();
        return Task.FromResult(new FeedSubscription(new FeedPosition(_epoch, _seq), renewed));
    }

    public Task UnsubscribeAsync(ILiveFeedObserver observer)
    {
        _subscribers.Remove(observer);
        return Task.CompletedTask;
    }

    public Task PublishAsync(IReadOnlyList<MapUpdate> updates, IReadOnlyList<Alert> alerts)
    {
        var at = time.GetUtcNow();
        var items = updates.Select(update => new MapFeedItem(++_seq, at, update)).ToList();
        var expired = TimeProvider.System.GetUtcNow() - SubscriptionLifetime;
        foreach (var subscriber in _subscribers.Values.ToList())
        {
            if (subscriber.RenewedAt < expired)
            {
                _subscribers.Remove(subscriber.Observer);
                continue;
            }
            subscriber.Items.AddRange(items);
            subscriber.Alerts.AddRange(alerts);
            if (!subscriber.Sending) _ = SendAsync(subscriber);
        }
        return Task.CompletedTask;
    }

    private async Task SendAsync(Subscriber subscriber)
    {
        subscriber.Sending = true;
        try
        {
            while (subscriber.Items.Count > 0 || subscriber.Alerts.Count > 0)
            {
                var batch = new LiveBatch(_epoch, [.. subscriber.Items], [.. subscriber.Alerts]);
                subscriber.Items.Clear();
                subscriber.Alerts.Clear();
                await subscriber.Observer.ReceiveAsync(batch);
            }
        }
        catch (Exception exception)
        {
            // Its silo is gone or stuck: it renews, learns the position and tells its clients to take a snapshot.
            logger.LogWarning("A live-feed subscriber did not take its batch and is dropped: {Error}", exception.Message);
            _subscribers.Remove(subscriber.Observer);
        }
        finally
        {
            subscriber.Sending = false;
        }
    }

    private sealed class Subscriber(ILiveFeedObserver observer)
    {
        public ILiveFeedObserver Observer { get; } = observer;
        public List<MapFeedItem> Items { get; } = [];
        public List<Alert> Alerts { get; } = [];
        public bool Sending { get; set; }
        public DateTimeOffset RenewedAt { get; set; }
    }
}
