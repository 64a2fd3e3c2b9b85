using QualityMap.Grains.Identity;
using QualityMap.Tests.EndToEnd;
using static QualityMap.Tests.EndToEnd.TestEvents;

namespace QualityMap.Tests.Warnings;

/// <summary>
/// A real silo where 南湖区 is red under warning 330402-0001 (2 of its 10 enterprises in 建设街道 failed a sampling),
/// with a client for each bureau a workflow test needs: 南湖区's, a neighbouring county's (秀洲区) and the city's.
/// </summary>
public abstract class WarnedCountyTest : SiloTest
{
    protected const string Nanhu = "330402";
    protected const string Xiuzhou = "330411";
    protected const string Jianshe = "330402007";   // a town of 南湖
    protected const string Warning = "/api/warnings/330402-0001";

    protected HttpClient NanhuBureau { get; private set; } = null!;
    protected HttpClient XiuzhouBureau { get; private set; } = null!;
    protected HttpClient CityBureau { get; private set; } = null!;

    /// <summary>南湖区's ten enterprises; the first two are high-risk.</summary>
    protected List<string> Usccs { get; private set; } = [];

    /// <summary>When the two failed samplings of 南湖区 occurred: a day before the test began.</summary>
    protected DateTimeOffset NanhuSampledAt { get; private set; }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await ClientsAsync();
        NanhuSampledAt = Clock.GetUtcNow().AddDays(-1);
        Usccs = await TurnRedAsync(Nanhu, Jianshe, seed: 700, Warning, NanhuSampledAt);
    }

    /// <summary>The bureaus' clients, made again after a restart of the silo.</summary>
    protected async Task ClientsAsync()
    {
        NanhuBureau = Host.ClientWithKey(await Host.KeyForAsync("nanhu-bureau", Role.CountyBureau, Nanhu));
        XiuzhouBureau = Host.ClientWithKey(await Host.KeyForAsync("xiuzhou-bureau", Role.CountyBureau, Xiuzhou));
        CityBureau = Host.ClientWithKey(Host.Credentials.CityKey);
    }

    /// <summary>Ten enterprises in <paramref name="town"/>, two failing a sampling one after the other: orange, then red.</summary>
    protected async Task<List<string>> TurnRedAsync(string county, string town, int seed, string warning, DateTimeOffset? sampledAt = null)
    {
        var usccs = Enumerable.Range(seed, 10).Select(s => Uscc(s, county)).ToList();
        var day = sampledAt ?? Clock.GetUtcNow().AddDays(-1);
        (await Host.PostEventsAsync([.. usccs.Select(u => Registered(u, town, day.AddDays(-30)))])).EnsureSuccessStatusCode();
        (await Host.PostEventsAsync(Sampling(usccs[0], false, day))).EnsureSuccessStatusCode();
        await Host.SettleAsync();
        (await Host.PostEventsAsync(Sampling(usccs[1], false, day))).EnsureSuccessStatusCode();
        await Host.SettleAsync();
        Assert.Equal("red", (await Host.GetJsonAsync(warning))["level"]!.GetValue<string>());
        return usccs;
    }
}
