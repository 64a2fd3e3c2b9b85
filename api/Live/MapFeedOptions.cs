namespace QualityMap.Api.Live;

/// <summary>Settings of the in-process map feed (section "MapFeed").</summary>
public sealed class MapFeedOptions
{
    public const string SectionName = "MapFeed";

    /// <summary>How many recent updates are kept for clients that reconnect and ask for what they missed.</summary>
    public int BufferSize { get; set; } = 10_000;
}
