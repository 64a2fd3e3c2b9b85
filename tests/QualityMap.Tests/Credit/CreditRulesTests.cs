using QualityMap.Grains.Colouring;
using QualityMap.Grains.Credit;

namespace QualityMap.Tests.Credit;

/// <summary>The class boundaries of 方案 §三(一) (以上/以下 include the number, 高于/不满 exclude it) and the measures.</summary>
public sealed class CreditRulesTests
{
    [Theory]
    [InlineData("12", CreditClass.A)]
    [InlineData("13", CreditClass.A)]
    [InlineData("11.5", CreditClass.B)]
    [InlineData("6.5", CreditClass.B)]
    [InlineData("6", CreditClass.C)]
    [InlineData("0.5", CreditClass.C)]
    [InlineData("0", CreditClass.D)]
    [InlineData("-1", CreditClass.D)]
    public void ClassFollowsTheBoundariesOfTheScheme(string score, CreditClass expected) =>
        Assert.Equal(expected, CreditRules.ClassOf(decimal.Parse(score, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void NeverScoredIsClassO() => Assert.Equal(CreditClass.O, CreditRules.ClassOf(null));

    [Theory]
    [InlineData(CreditClass.A, 2, null, null)]
    [InlineData(CreditClass.B, 1, "yellow", null)]
    [InlineData(CreditClass.C, 2, "orange", "quality_officer")]
    [InlineData(CreditClass.D, 4, "red", "legal_representative_and_quality_officer")]
    [InlineData(CreditClass.O, 0, null, null)]
    public void MeasuresFollowTheClass(CreditClass creditClass, int samplings, string? prompt, string? interview)
    {
        var measures = CreditMeasureRules.For(creditClass, new CreditOptions());
        Assert.Equal(samplings, measures.SamplingsPerYear);
        Assert.Equal(prompt, measures.Prompt);
        Assert.Equal(interview, measures.Interview);
        Assert.Equal(creditClass is CreditClass.B or CreditClass.C or CreditClass.D, measures.RectificationOrdered);
        Assert.Equal(creditClass == CreditClass.O, measures.GuideQualityFile);
    }

    [Fact]
    public void OptionsRefuseMinimumsBelowTheScheme()
    {
        var options = new CreditOptions { D = new ClassMeasureOptions { SamplingsPerYear = 3 } };
        Assert.Contains(options.Validate(), e => e.Contains("D:SamplingsPerYear"));
        Assert.Empty(new CreditOptions().Validate());
    }

    [Fact]
    public void TheClassIsNeverOnThePublicCodePageOnlyAMayBePublishedAndDishonestItemsAre()
    {
        var violation = new CreditEntry("e1", DateTimeOffset.UnixEpoch, CreditItem.SamplingFailed, -4m, 8m, false);
        var clean = new CreditEntry("e2", DateTimeOffset.UnixEpoch, CreditItem.SamplingPassed, 1m, 9m, false);
        var a = CreditRules.Publication(CreditClass.A, [clean]);
        var b = CreditRules.Publication(CreditClass.B, [violation, clean]);
        Assert.False(a.ShowClassOnPublicCodePage);
        Assert.False(b.ShowClassOnPublicCodePage);
        Assert.True(a.MayPublishClass);
        Assert.False(b.MayPublishClass);
        Assert.Equal([violation], b.DishonestItems);
    }

    [Theory]
    [InlineData(0, 20, RegionColour.Green)]
    [InlineData(1, 20, RegionColour.Yellow)]   // exactly 5 %
    [InlineData(2, 20, RegionColour.Orange)]   // exactly 10 %
    [InlineData(4, 20, RegionColour.Red)]      // exactly 20 %
    [InlineData(0, 0, RegionColour.NoData)]
    public void MapColourFollowsTheShareOfCAndDOperators(int classCOrD, int scored, RegionColour expected)
    {
        var assessment = CreditColourRules.Assess(classCOrD, scored, new CreditOptions().Colour);
        Assert.Equal(expected, assessment.Colour);
    }

    [Fact]
    public void MapColourUsesTheSchemesOwnThresholdsAndExplainsItself()
    {
        var thresholds = new ColourThresholds { RedPercent = 40m, OrangePercent = 30m, YellowPercent = 15m };
        var assessment = CreditColourRules.Assess(3, 20, thresholds);
        Assert.Equal(RegionColour.Yellow, assessment.Colour);
        Assert.Equal("黄色：20家已记分经营者中3家为C/D类（15%）", assessment.Reason);
    }
}
