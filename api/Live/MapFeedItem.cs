using QualityMap.Grains.Map;

namespace QualityMap.Api.Live;

/// <summary>An update as the feed numbered it.</summary>
public sealed record MapFeedItem(long Seq, DateTimeOffset At, MapUpdate Update);
