using QualityMap.Grains.Alerts;
using QualityMap.Grains.Map;

namespace QualityMap.Grains.Live;

/// <summary>
/// The cluster's one live feed. Grains on every silo publish map updates and alerts (through their silo's
/// <see cref="IMapFeed"/> and <see cref="IAlertFeed"/>); the feed numbers the map updates with one sequence in one
/// epoch and passes everything to every silo that subscribed, so a SignalR client sees the same (epoch, seq) stream
/// whichever silo it is connected to.
/// </summary>
public interface ILiveFeedGrain : IGrainWithStringKey
{
    /// <summary>The one key: there is one live map.</summary>
    const string Key = "live";

    /// <summary>
    /// Subscribes (or renews) a silo's relay. Answers the feed's position: every update numbered after it goes to the
    /// subscriber, batch after batch in order; and whether the subscription was already there (a renewal, with
    /// batches possibly still on their way).
    /// </summary>
    Task<FeedSubscription> SubscribeAsync(ILiveFeedObserver observer);

    /// <summary>A silo that stops leaves: nothing more is sent to it.</summary>
    Task UnsubscribeAsync(ILiveFeedObserver observer);

    /// <summary>Updates and alerts of one silo, in the order its grains published them.</summary>
    Task PublishAsync(IReadOnlyList<MapUpdate> updates, IReadOnlyList<Alert> alerts);
}

/// <summary>Where the feed is: its epoch (new with every activation) and the last sequence it gave out.</summary>
[GenerateSerializer, Immutable, Alias("qm.FeedPosition")]
public sealed record FeedPosition(string Epoch, long Seq);

/// <summary>The answer to a subscription.</summary>
[GenerateSerializer, Immutable, Alias("qm.FeedSubscription")]
public sealed record FeedSubscription(FeedPosition Position, bool Renewed);

/// <summary>What the feed passes to one silo at a time: numbered map updates (ascending, contiguous) and alerts.</summary>
[GenerateSerializer, Immutable, Alias("qm.LiveBatch")]
public sealed record LiveBatch(string Epoch, IReadOnlyList<MapFeedItem> Items, IReadOnlyList<Alert> Alerts);

/// <summary>A silo's end of the live feed.</summary>
public interface ILiveFeedObserver : IGrainObserver
{
    /// <summary>The next batch; the feed sends a subscriber's next only after this one was answered.</summary>
    Task ReceiveAsync(LiveBatch batch);
}
