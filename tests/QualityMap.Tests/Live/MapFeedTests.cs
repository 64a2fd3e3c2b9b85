using Microsoft.Extensions.Options;
using QualityMap.Grains.Colouring;
using QualityMap.Grains.Map;
using QualityMap.Grains.Regions;
using QualityMap.Api.Live;

namespace QualityMap.Tests.Live;

public sealed class MapFeedTests
{
    private readonly MapFeed _feed = new(new ManualTimeProvider(), Options.Create(new MapFeedOptions { BufferSize = 4 }));

    [Fact]
    public void SequencesAreMonotonicAndSubscribersSeeEveryUpdateInOrder()
    {
        var seen = new List<long>();
        _feed.Published += item => seen.Add(item.Seq);

        var sequences = Enumerable.Range(0, 6).Select(i => _feed.Publish(Update($"33040200{i}"))).ToList();

        Assert.Equal([1, 2, 3, 4, 5, 6], sequences);
        Assert.Equal(sequences, seen);
        Assert.Equal(6, _feed.LastSequence);
    }

    [Fact]
    public void SinceReturnsExactlyTheMissedUpdatesWhileTheRingStillReachesBack()
    {
        for (var i = 0; i < 6; i++) _feed.Publish(Update($"33040200{i}"));

        Assert.Equal([5, 6], _feed.Since(4)!.Select(i => i.Seq));
        Assert.Equal([3, 4, 5, 6], _feed.Since(2)!.Select(i => i.Seq));   // the ring holds the last 4
        Assert.Empty(_feed.Since(6)!);
        Assert.Equal("330402005", _feed.Since(5)!.Single().Update.RegionCode);
    }

    [Fact]
    public void SinceIsNullWhenTheRingNoLongerReachesBackOrTheClientIsAhead()
    {
        for (var i = 0; i < 6; i++) _feed.Publish(Update($"33040200{i}"));

        Assert.Null(_feed.Since(1));   // update 2 was overwritten: the client needs a fresh snapshot
        Assert.Null(_feed.Since(7));   // a sequence the feed never issued (e.g. from before a restart)
    }

    private static RegionChanged Update(string code) =>
        new(new RegionSummary(code, "测试", RegionLevel.Town, RegionColour.Green, 0, 10, 0m, "", null));
}
