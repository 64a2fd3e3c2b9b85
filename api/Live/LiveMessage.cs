using QualityMap.Grains.Regions;

namespace QualityMap.Api.Live;

/// <summary>
/// One item of a <c>Watch</c> stream (docs/live-map-protocol.md). <see cref="Seq"/> is the feed sequence the
/// message brings the client up to; <see cref="Type"/> is a plain property because SignalR serialises stream
/// items by their runtime type, which would drop a polymorphic discriminator.
/// </summary>
public abstract record LiveMessage(string Epoch, long Seq)
{
    public abstract string Type { get; }
}

/// <summary>The whole state of the watched region and its direct children, as of <see cref="LiveMessage.Seq"/> or later.</summary>
public sealed record SnapshotMessage(
    string Epoch,
    long Seq,
    string Reason,
    RegionSummary Region,
    IReadOnlyList<RegionSummary> Children,
    IReadOnlyList<TickerItem> Recent) : LiveMessage(Epoch, Seq)
{
    public override string Type => "snapshot";
}

/// <summary>
/// Everything relevant between <see cref="FromSeq"/> (exclusive) and <see cref="LiveMessage.Seq"/> (inclusive):
/// the latest state of each changed region and the ticker items, in sequence order.
/// </summary>
public sealed record DeltaMessage(
    string Epoch,
    long FromSeq,
    long Seq,
    IReadOnlyList<RegionSummary> Regions,
    IReadOnlyList<TickerItem> Ticker) : LiveMessage(Epoch, Seq)
{
    public override string Type => "delta";
}

/// <summary>Why a stream starts, or starts over, with a snapshot.</summary>
public static class SnapshotReasons
{
    public const string Subscribe = "subscribe";
    public const string ResumeTooOld = "resume-too-old";
    public const string EpochChanged = "epoch-changed";
    public const string Lagging = "lagging";
    public const string Missed = "missed";
}
