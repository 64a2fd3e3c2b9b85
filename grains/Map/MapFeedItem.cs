namespace QualityMap.Grains.Map;

/// <summary>An update as the cluster's live feed numbered it (<see cref="Live.ILiveFeedGrain"/>).</summary>
[GenerateSerializer, Immutable, Alias("qm.MapFeedItem")]
public sealed record MapFeedItem(long Seq, DateTimeOffset At, MapUpdate Update);
