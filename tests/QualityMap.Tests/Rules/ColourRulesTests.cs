using QualityMap.Grains.Colouring;
using QualityMap.Grains.Regions;

namespace QualityMap.Tests.Rules;

// DB3304/T 056 §4.1.1: colour by share of high-risk enterprises; default thresholds red ≥ 20 %, orange ≥ 10 %,
// yellow ≥ 5 % (DOMAIN.md), configurable per region level.
public sealed class ColourRulesTests
{
    private static readonly ColourThresholds Defaults = new();

    [Theory]
    [InlineData(0, 20, RegionColour.Green)]
    [InlineData(0, 1, RegionColour.Green)]
    [InlineData(1, 21, RegionColour.Green)] // 4.76 %: just under yellow
    [InlineData(1, 20, RegionColour.Yellow)] // exactly 5 %
    [InlineData(2, 21, RegionColour.Yellow)] // 9.52 %: just under orange
    [InlineData(2, 20, RegionColour.Orange)] // exactly 10 %
    [InlineData(4, 21, RegionColour.Orange)] // 19.05 %: just under red
    [InlineData(4, 20, RegionColour.Red)] // exactly 20 %
    [InlineData(20, 20, RegionColour.Red)]
    [InlineData(1, 3, RegionColour.Red)] // 33.3 %: a recurring share
    [InlineData(166, 3289, RegionColour.Yellow)] // Jiaxing's size: 5.05 %
    [InlineData(164, 3289, RegionColour.Green)] // 4.99 %
    public void ShareOfHighRiskEnterprisesDecidesTheColour(int highRisk, int monitored, RegionColour expected)
    {
        Assert.Equal(expected, ColourRules.Colour(highRisk, monitored, Defaults));
        Assert.Equal(expected, ColourRules.Assess(highRisk, monitored, Defaults).Colour);
    }

    [Fact]
    public void RegionWithoutMonitoredEnterprisesHasNoDataRatherThanGreen()
    {
        var assessment = ColourRules.Assess(0, 0, Defaults);

        Assert.Equal(RegionColour.NoData, assessment.Colour);
        Assert.Equal("无数据：暂无监测企业", assessment.Reason);
        Assert.Null(assessment.SharePercent);
        Assert.Equal(RegionColour.NoData, ColourRules.Colour(0, 0, Defaults));
    }

    [Fact]
    public void ReasonStatesColourCountsAndShare()
    {
        var assessment = ColourRules.Assess(7, 30, Defaults);

        Assert.Equal(RegionColour.Red, assessment.Colour);
        Assert.Equal("红色：30家监测企业中7家为高风险（23.3%）", assessment.Reason);
        Assert.Equal(7, assessment.HighRisk);
        Assert.Equal(30, assessment.Monitored);
        Assert.Equal(23.3m, assessment.SharePercent);
    }

    [Theory]
    [InlineData(0, 20, "绿色：20家监测企业中0家为高风险（0%）")]
    [InlineData(1, 20, "黄色：20家监测企业中1家为高风险（5%）")]
    [InlineData(2, 20, "橙色：20家监测企业中2家为高风险（10%）")]
    [InlineData(1, 3, "红色：3家监测企业中1家为高风险（33.3%）")]
    [InlineData(2, 3, "红色：3家监测企业中2家为高风险（66.7%）")]
    public void ReasonNamesTheColourInChinese(int highRisk, int monitored, string expected)
    {
        Assert.Equal(expected, ColourRules.Assess(highRisk, monitored, Defaults).Reason);
    }

    [Theory]
    [InlineData(1, 16)] // 6.25 %
    [InlineData(1, 80)] // 1.25 %
    [InlineData(3, 80)] // 3.75 %
    public void ReasonShowsTheSameShareAsSharePercent(int highRisk, int monitored)
    {
        // The region summary carries both; the map must not show 6.2 next to "6.3%".
        var assessment = ColourRules.Assess(highRisk, monitored, Defaults);

        Assert.Contains($"（{assessment.SharePercent}%）", assessment.Reason);
    }

    [Fact]
    public void EveryLevelDefaultsToTwentyTenFivePercent()
    {
        var options = new ColourOptions();

        foreach (var level in Enum.GetValues<RegionLevel>())
        {
            var thresholds = options.For(level);
            Assert.Equal((20m, 10m, 5m), (thresholds.RedPercent, thresholds.OrangePercent, thresholds.YellowPercent));
        }

        Assert.Empty(options.Validate());
    }

    [Fact]
    public void CustomCountyThresholdChangesACountysColourButNotATowns()
    {
        var options = new ColourOptions { County = new ColourThresholds { RedPercent = 12m, OrangePercent = 6m, YellowPercent = 3m } };

        // 3 of 25 = 12 %.
        Assert.Equal(RegionColour.Red, ColourRules.Assess(3, 25, options.For(RegionLevel.County)).Colour);
        Assert.Equal(RegionColour.Orange, ColourRules.Assess(3, 25, options.For(RegionLevel.Town)).Colour);
        Assert.Equal(RegionColour.Orange, ColourRules.Assess(3, 25, options.For(RegionLevel.City)).Colour);
        Assert.Empty(options.Validate());
    }

    [Fact]
    public void ThresholdsMayBeFractionalPercentages()
    {
        var thresholds = new ColourThresholds { RedPercent = 15m, OrangePercent = 7.5m, YellowPercent = 2.5m };

        Assert.Equal(RegionColour.Yellow, ColourRules.Colour(1, 40, thresholds)); // exactly 2.5 %
        Assert.Equal(RegionColour.Green, ColourRules.Colour(1, 41, thresholds));
        Assert.Equal(RegionColour.Orange, ColourRules.Colour(3, 40, thresholds)); // exactly 7.5 %
    }

    [Fact]
    public void YellowAboveOrangeIsReportedForItsLevel()
    {
        var options = new ColourOptions { County = new ColourThresholds { RedPercent = 20m, OrangePercent = 10m, YellowPercent = 12m } };

        var error = Assert.Single(options.Validate());

        Assert.StartsWith("Colours:County", error);
    }

    [Theory]
    [InlineData(20, 25, 5)] // orange above red
    [InlineData(20, 10, 0)] // yellow must be above zero
    [InlineData(20, 10, -1)]
    [InlineData(101, 10, 5)] // red beyond 100 %
    public void ThresholdsOutOfOrderOrRangeAreReported(int red, int orange, int yellow)
    {
        var thresholds = new ColourThresholds { RedPercent = red, OrangePercent = orange, YellowPercent = yellow };

        Assert.Single(thresholds.Validate("Colours:Town"));
    }

    [Theory]
    [InlineData(10, 10, 10)] // equal bounds are allowed: the colour in between is skipped
    [InlineData(100, 50, 0.1)]
    public void OrderedThresholdsAreValid(double red, double orange, double yellow)
    {
        var thresholds = new ColourThresholds { RedPercent = (decimal)red, OrangePercent = (decimal)orange, YellowPercent = (decimal)yellow };

        Assert.Empty(thresholds.Validate("Colours:Town"));
    }

    [Fact]
    public void MoreHighRiskThanMonitoredEnterprisesIsRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ColourRules.Assess(5, 4, Defaults));
        Assert.Throws<ArgumentOutOfRangeException>(() => ColourRules.Assess(1, 0, Defaults));
    }

    [Fact]
    public void NegativeHighRiskCountIsRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ColourRules.Assess(-1, 10, Defaults));
    }
}
