using QualityMap.Grains.Colouring;
using QualityMap.Grains.Warnings;

namespace QualityMap.Tests.Rules;

// DB3304/T 056 §4.2: red or orange raises a formal warning, orange → red escalates it, and only a passed
// acceptance lifts it (§4.2.3) — never a better colour.
public sealed class WarningRulesTests
{
    [Theory]
    [InlineData(RegionColour.Green, null)]
    [InlineData(RegionColour.Yellow, null)]
    [InlineData(RegionColour.NoData, null)]
    [InlineData(RegionColour.Green, WarningLevel.Orange)]
    [InlineData(RegionColour.Yellow, WarningLevel.Orange)]
    [InlineData(RegionColour.NoData, WarningLevel.Orange)]
    [InlineData(RegionColour.Green, WarningLevel.Red)]
    [InlineData(RegionColour.Yellow, WarningLevel.Red)]
    [InlineData(RegionColour.NoData, WarningLevel.Red)]
    public void GreenYellowAndNoDataDecideNothing(RegionColour colour, WarningLevel? open)
    {
        Assert.Equal(WarningDecision.None, WarningRules.Decide(colour, open));
    }

    [Theory]
    [InlineData(RegionColour.Orange, WarningLevel.Orange)]
    [InlineData(RegionColour.Red, WarningLevel.Red)]
    public void RedOrOrangeWithoutAnOpenWarningRaisesOneOfThatLevel(RegionColour colour, WarningLevel expectedLevel)
    {
        Assert.Equal(WarningDecision.Raise, WarningRules.Decide(colour, null));
        Assert.Equal(expectedLevel, WarningRules.LevelFor(colour));
    }

    [Fact]
    public void RedWithAnOpenOrangeWarningEscalatesIt()
    {
        Assert.Equal(WarningDecision.Escalate, WarningRules.Decide(RegionColour.Red, WarningLevel.Orange));
    }

    [Fact]
    public void OrangeWithAnOpenRedWarningDoesNotDeEscalate()
    {
        Assert.Equal(WarningDecision.None, WarningRules.Decide(RegionColour.Orange, WarningLevel.Red));
    }

    [Theory]
    [InlineData(RegionColour.Orange, WarningLevel.Orange)]
    [InlineData(RegionColour.Red, WarningLevel.Red)]
    public void SameColourAsTheOpenWarningDecidesNothing(RegionColour colour, WarningLevel open)
    {
        Assert.Equal(WarningDecision.None, WarningRules.Decide(colour, open));
    }

    [Theory]
    [InlineData(WarningLevel.Orange)]
    [InlineData(WarningLevel.Red)]
    public void OpenWarningIsNeverLiftedByAGreenColour(WarningLevel open)
    {
        // DB3304/T 056 §4.2.3: only the city bureau lifts a warning, after a passed acceptance.
        Assert.Equal(WarningDecision.None, WarningRules.Decide(RegionColour.Green, open));
    }
}
