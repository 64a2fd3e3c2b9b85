namespace QualityMap.Grains.Map;

/// <summary>
/// The in-process feed of map changes. Grains publish after their state is updated; the feed stamps each
/// update with a global, monotonic sequence for the live-map stream.
/// </summary>
public interface IMapFeed
{
    /// <summary>Publishes an update and returns its sequence number.</summary>
    long Publish(MapUpdate update);
}
