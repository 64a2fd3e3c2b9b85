using Orleans.Core.Internal;
using QualityMap.Grains.Regions;
using QualityMap.Grains.Warnings;
using QualityMap.Silo.Startup;
using QualityMap.Tests.EndToEnd;
using static QualityMap.Tests.EndToEnd.TestEvents;

namespace QualityMap.Tests.Warnings;

/// <summary>
/// A town that lost its activation (its silo died) comes back empty and reports only what it hears of next. Its county
/// must not decide a warning on that skewed share: an escalation is never undone. It decides again once the map repair
/// has seeded the town.
/// </summary>
public sealed class WarningsOnCompleteCountsTests : SiloTest
{
    private const string Nanhu = "330402";
    private const string Jianshe = "330402007";
    private const string Jiefang = "330402008";

    [Fact]
    public async Task ACountyDoesNotEscalateOnATownThatCameBackEmptyAndDecidesAgainOnceTheTownIsSeeded()
    {
        var day = Clock.GetUtcNow().AddDays(-1);
        var jianshe = Enumerable.Range(800, 5).Select(s => Uscc(s)).ToList();
        var jiefang = Enumerable.Range(900, 10).Select(s => Uscc(s)).ToList();
        await PostAsync([.. jianshe.Select(u => Registered(u, Jianshe, day.AddDays(-30))), .. jiefang.Select(u => Registered(u, Jiefang, day.AddDays(-30)))]);
        await PostAsync(Sampling(jianshe[0], false, day), Sampling(jianshe[1], false, day));
        Assert.Equal((2, 15, WarningLevel.Orange), await NanhuAsync());                  // 13.3 %

        // As when its silo dies: the town's next activation starts with no counts.
        var grains = Host.Service<IGrainFactory>();
        await grains.GetGrain<IRegionGrain>(Jiefang).Cast<IGrainManagementExtension>().DeactivateOnIdle();
        await SiloHost.EventuallyAsync(async () => (await grains.GetGrain<IRegionGrain>(Jiefang).GetAsync()).Region.Monitored == 0);

        await PostAsync(Registered(Uscc(950), Jiefang, day));
        Assert.Equal((2, 6, WarningLevel.Orange), await NanhuAsync());                   // 33 % on partial counts: not escalated

        await Host.Service<MapRebuilder>().RebuildAsync(CancellationToken.None);         // what MapRepairAfterSiloDeath runs
        Assert.Equal((2, 16, WarningLevel.Orange), await NanhuAsync());                  // 12.5 %

        await PostAsync(Sampling(jiefang[0], false, day), Sampling(jiefang[1], false, day));
        Assert.Equal((4, 16, WarningLevel.Red), await NanhuAsync());                     // 25 % on complete counts
    }

    private async Task PostAsync(params object[] events)
    {
        using var response = await Host.PostEventsAsync(events);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        await Host.SettleAsync();
    }

    private async Task<(int HighRisk, int Monitored, WarningLevel? Level)> NanhuAsync()
    {
        await Host.SettleRegionsAsync();
        var county = (await Host.Service<IGrainFactory>().GetGrain<IRegionGrain>(Nanhu).GetAsync()).Region;
        return (county.HighRisk, county.Monitored, county.OpenWarning?.Level);
    }
}
