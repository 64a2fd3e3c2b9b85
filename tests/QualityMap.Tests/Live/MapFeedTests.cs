using Microsoft.Extensions.Options;
using QualityMap.Api.Live;
using QualityMap.Grains.Colouring;
using QualityMap.Grains.Live;
using QualityMap.Grains.Map;
using QualityMap.Grains.Regions;

namespace QualityMap.Tests.Live;

/// <summary>A silo's copy of the cluster feed: the ring it resumes streams from, and where the stream breaks off.</summary>
public sealed class MapFeedTests
{
    private const string Epoch = "e1";
    private readonly MapFeed _feed = new(Options.Create(new MapFeedOptions { BufferSize = 4 }));
    private readonly List<string> _restarts = [];

    public MapFeedTests() => _feed.Restarted += _restarts.Add;

    [Fact]
    public void BatchesAreToldInSequenceOrderAndACopyOfAnUpdateIsTakenOnce()
    {
        var seen = new List<long>();
        _feed.Published += item => seen.Add(item.Seq);

        _feed.Append(Epoch, Items(1, 3));
        _feed.Append(Epoch, Items(3, 6));   // 3 again: a batch the publisher sent twice

        Assert.Equal([1, 2, 3, 4, 5, 6], seen);
        Assert.Equal(6, _feed.LastSequence);
        Assert.Equal(Epoch, _feed.Epoch);
        Assert.Equal([SnapshotReasons.EpochChanged], _restarts);   // from "" (never subscribed) to the first epoch
    }

    [Fact]
    public void SinceReturnsExactlyTheMissedUpdatesWhileTheRingStillReachesBack()
    {
        _feed.Append(Epoch, Items(1, 6));

        Assert.Equal([5, 6], _feed.Since(4)!.Select(i => i.Seq));
        Assert.Equal([3, 4, 5, 6], _feed.Since(2)!.Select(i => i.Seq));   // the ring holds the last 4
        Assert.Empty(_feed.Since(6)!);
        Assert.Equal("330402006", _feed.Since(5)!.Single().Update.RegionCode);
        Assert.Null(_feed.Since(1));   // update 2 was overwritten: the client needs a fresh snapshot
        Assert.Null(_feed.Since(7));   // a sequence the feed never issued
    }

    [Fact]
    public void ANewEpochStartsTheRingAgainAndTellsEveryStream()
    {
        _feed.Append(Epoch, Items(1, 3));
        _feed.Append("e2", Items(1, 2));   // the feed grain moved: its numbers start again

        Assert.Equal(["e2", SnapshotReasons.EpochChanged], [_feed.Epoch, _restarts[^1]]);
        Assert.Equal(2, _feed.LastSequence);
        Assert.Equal([2], _feed.Since(1)!.Select(i => i.Seq));
        Assert.Null(_feed.Since(3));
    }

    [Fact]
    public void AGapBreaksTheStreamAndTheRingNeverPretendsToReachBackOverIt()
    {
        _feed.Append(Epoch, Items(1, 2));
        _feed.Append(Epoch, Items(5, 6));   // 3 and 4 went out while this silo's subscription had lapsed

        Assert.Equal(SnapshotReasons.Missed, _restarts[^1]);
        Assert.Equal([6], _feed.Since(5)!.Select(i => i.Seq));
        Assert.Null(_feed.Since(2));
        Assert.Null(_feed.Since(3));
        // A client that saw 4 through another silo resumes here with nothing missing.
        Assert.Equal([5, 6], _feed.Since(4)!.Select(i => i.Seq));
    }

    [Fact]
    public void ANewSubscriptionPastWhatTheSiloHasBreaksTheStreamAndOneBehindItDoesNot()
    {
        _feed.Append(Epoch, Items(1, 4));
        _restarts.Clear();

        _feed.Subscribed(new FeedPosition(Epoch, 3));   // batches reached this silo before the answer: nothing missed
        Assert.Empty(_restarts);
        _feed.Subscribed(new FeedPosition(Epoch, 9));
        Assert.Equal([SnapshotReasons.Missed], _restarts);
        Assert.Equal(9, _feed.LastSequence);
        _feed.Subscribed(new FeedPosition("e2", 0));
        Assert.Equal([SnapshotReasons.Missed, SnapshotReasons.EpochChanged], _restarts);
    }

    private static List<MapFeedItem> Items(int first, int last) =>
        [.. Enumerable.Range(first, last - first + 1).Select(seq => new MapFeedItem(seq, DateTimeOffset.UnixEpoch, Update($"33040200{seq}")))];

    private static RegionChanged Update(string code) =>
        new(new RegionSummary(code, "测试", RegionLevel.Town, RegionColour.Green, 0, 10, 0m, "", null));
}
