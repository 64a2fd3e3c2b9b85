using QualityMap.Api.Live;
using QualityMap.Grains.Colouring;
using QualityMap.Grains.Classification;
using QualityMap.Grains.Map;
using QualityMap.Grains.Regions;

namespace QualityMap.Tests.Live;

/// <summary>What a silo sends to the cluster's feed in one batch.</summary>
public sealed class LiveFeedPublisherTests
{
    [Fact]
    public void ABatchKeepsARegionsLastStateAndEveryOtherUpdateInOrder()
    {
        var reclassified = new EnterpriseReclassified("91330402MA2B00001X", "甲厂", "330402001", RiskClass.Low, RiskClass.High, ["R1"], DateTimeOffset.UnixEpoch);
        MapUpdate[] batch =
        [
            Region("330402001", 1), Region("330402", 1), reclassified, Region("330402001", 2), Region("330400", 1), Region("330402", 2),
        ];

        var sent = LiveFeedPublisher.LatestPerRegion(batch);

        Assert.Equal(["enterprise", "330402001@2", "330400@1", "330402@2"], sent.Select(Describe));
    }

    private static RegionChanged Region(string code, int highRisk) =>
        new(new RegionSummary(code, code, RegionLevel.Town, RegionColour.Green, highRisk, 100, highRisk, "", null));

    private static string Describe(MapUpdate update) =>
        update is RegionChanged changed ? $"{changed.Region.Code}@{changed.Region.HighRisk}" : "enterprise";
}
