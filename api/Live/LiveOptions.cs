namespace QualityMap.Api.Live;

/// <summary>Settings of the live-map streams (section "Live").</summary>
public sealed class LiveOptions
{
    public const string SectionName = "Live";

    /// <summary>Changes inside this window are sent as one delta, each region as its latest state.</summary>
    public TimeSpan CoalesceWindow { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Messages a stream may have waiting for a slow client before its changes fold into pending.</summary>
    public int StreamCapacity { get; set; } = 4;

    /// <summary>Ticker items a stream may hold for a client that is behind; past this it gets a fresh snapshot.</summary>
    public int MaxPendingTicker { get; set; } = 2_000;

    /// <summary>How often an idle stream is sent an empty delta that advances its sequence.</summary>
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Ticker items a snapshot carries for the watched region.</summary>
    public int RecentTickerItems { get; set; } = 50;

    public IEnumerable<string> Validate()
    {
        if (CoalesceWindow < TimeSpan.Zero || CoalesceWindow > TimeSpan.FromSeconds(10))
            yield return "Live:CoalesceWindow must be between 0 and 10 seconds.";
        if (StreamCapacity < 1) yield return "Live:StreamCapacity must be at least 1.";
        if (MaxPendingTicker < 1) yield return "Live:MaxPendingTicker must be at least 1.";
        if (HeartbeatInterval <= TimeSpan.Zero) yield return "Live:HeartbeatInterval must be positive.";
        if (RecentTickerItems < 0) yield return "Live:RecentTickerItems must not be negative.";
    }
}
