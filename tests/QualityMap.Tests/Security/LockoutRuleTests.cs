using QualityMap.Grains.Identity;

namespace QualityMap.Tests.Security;

public sealed class LockoutRuleTests
{
    private static readonly LockoutPolicy Policy = new(5, TimeSpan.FromMinutes(1), TimeSpan.FromHours(1));

    [Theory]
    [InlineData(0, 0)]
    [InlineData(4, 0)]
    [InlineData(5, 60)]
    [InlineData(6, 120)]
    [InlineData(9, 960)]
    [InlineData(11, 3600)]     // 64 minutes would pass the hour: capped
    [InlineData(1_000_000, 3600)]
    public void TheLockOutDoublesFromTheThresholdUpToTheCap(int failures, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), LockoutRule.After(failures, Policy));
}
