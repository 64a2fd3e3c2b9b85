using QualityMap.Grains.Regions;

namespace QualityMap.Tests.EndToEnd;

/// <summary>Region counts survive repeated and late notifications: the latest version per child wins, once.</summary>
public sealed class RegionNotificationTests : SiloTest
{
    private const string Town = "330424101";      // 沈荡镇, 海盐县
    private const string County = "330424";

    [Fact]
    public async Task RepeatedAndLateEnterpriseNotificationsNeverDoubleCount()
    {
        var town = Host.Service<IGrainFactory>().GetGrain<IRegionGrain>(Town);
        await town.EnterpriseChangedAsync(new EnterpriseStatus("A", Monitored: true, HighRisk: false, Version: 1), DateTimeOffset.UnixEpoch);
        await town.EnterpriseChangedAsync(new EnterpriseStatus("B", Monitored: true, HighRisk: false, Version: 1), DateTimeOffset.UnixEpoch);
        await town.EnterpriseChangedAsync(new EnterpriseStatus("A", Monitored: true, HighRisk: true, Version: 2), DateTimeOffset.UnixEpoch);
        await town.EnterpriseChangedAsync(new EnterpriseStatus("A", Monitored: true, HighRisk: true, Version: 2), DateTimeOffset.UnixEpoch);   // repeated
        await town.EnterpriseChangedAsync(new EnterpriseStatus("A", Monitored: true, HighRisk: false, Version: 1), DateTimeOffset.UnixEpoch);  // late
        await Host.SettleRegionsAsync();

        var townView = (await town.GetAsync()).Region;
        Assert.Equal((1, 2), (townView.HighRisk, townView.Monitored));
        var county = (await Host.Service<IGrainFactory>().GetGrain<IRegionGrain>(County).GetAsync()).Region;
        Assert.Equal((1, 2), (county.HighRisk, county.Monitored));
    }

    [Fact]
    public async Task RepeatedAndLateChildReportsNeverDoubleCount()
    {
        var county = Host.Service<IGrainFactory>().GetGrain<IRegionGrain>(County);
        // Above the version of the town's own report at start-up (its activation's versions start at the clock's ticks).
        const long v = long.MaxValue - 10;
        await county.ChildChangedAsync(new ChildReport(Town, HighRisk: 1, Monitored: 10, OpenWarning: null, Version: v + 1, Complete: true));
        await county.ChildChangedAsync(new ChildReport(Town, HighRisk: 3, Monitored: 10, OpenWarning: null, Version: v + 2, Complete: true));
        await county.ChildChangedAsync(new ChildReport(Town, HighRisk: 3, Monitored: 10, OpenWarning: null, Version: v + 2, Complete: true));  // repeated
        await county.ChildChangedAsync(new ChildReport(Town, HighRisk: 1, Monitored: 10, OpenWarning: null, Version: v + 1, Complete: true));  // late

        var view = await county.GetAsync();
        Assert.Equal((3, 10), (view.Region.HighRisk, view.Region.Monitored));
        var child = view.Children.Single(c => c.Code == Town);
        Assert.Equal((3, 10), (child.HighRisk, child.Monitored));
    }
}
