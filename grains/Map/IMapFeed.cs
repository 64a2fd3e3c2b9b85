namespace QualityMap.Grains.Map;

/// <summary>
/// Where grains publish map changes, after their state is updated: the silo passes them to the cluster's live feed
/// (<see cref="Live.ILiveFeedGrain"/>), which numbers them for the live-map streams of every silo.
/// </summary>
public interface IMapFeed
{
    /// <summary>Queues an update; never blocks the publishing grain.</summary>
    void Publish(MapUpdate update);
}
