using QualityMap.Grains.Enterprises;
using QualityMap.Silo.Storage;
using static QualityMap.Tests.EndToEnd.TestEvents;

namespace QualityMap.Tests.EndToEnd;

/// <summary>State survives a restart on the same SQLite file, and facts age out by reminder with no new event.</summary>
public sealed class RestartRecoveryTests : IDisposable
{
    private const string Town = "330411101";      // 王江泾镇, 秀洲区
    private const string County = "330411";
    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("qm-restart-");
    private readonly ManualTimeProvider _clock = new();

    public void Dispose() => _data.Delete(recursive: true);

    [Fact]
    public async Task MapClassesWarningsAndPendingRemindersSurviveARestartAndTheClassAgesOutAfterIt()
    {
        var failedAt = _clock.GetUtcNow().AddDays(-10);
        var usccs = Enumerable.Range(900, 4).Select(s => Uscc(s, County)).ToList();
        string mapBefore, enterpriseBefore, warningsBefore;
        await using (var first = new SiloHost(_data.FullName, _clock))
        {
            (await first.PostEventsAsync([.. usccs.Select(u => Registered(u, Town, failedAt.AddDays(-1)))])).EnsureSuccessStatusCode();
            (await first.PostEventsAsync(Sampling(usccs[0], false, failedAt))).EnsureSuccessStatusCode();
            await first.SettleAsync();
            mapBefore = await first.MapAsync(County);
            enterpriseBefore = (await first.GetJsonAsync($"/api/enterprises/{usccs[0]}")).ToJsonString();
            warningsBefore = (await first.GetJsonArrayAsync($"/api/regions/{County}/warnings")).ToJsonString();
        }
        Assert.Contains("\"colour\":\"red\"", mapBefore);                   // 1 of 4 = 25 %

        await using var second = new SiloHost(_data.FullName, _clock);
        await second.SettleAsync();

        Assert.Equal(mapBefore, await second.MapAsync(County));
        Assert.Equal(enterpriseBefore, (await second.GetJsonAsync($"/api/enterprises/{usccs[0]}")).ToJsonString());
        Assert.Equal(warningsBefore, (await second.GetJsonArrayAsync($"/api/regions/{County}/warnings")).ToJsonString());
        // Supervision and alert grains keep reminders of their own (re-plan, re-send, escalate); this test is about the review.
        var reminder = Assert.Single(await ReviewRemindersAsync(second, usccs[0]));
        Assert.Equal(failedAt.AddMonths(12).UtcDateTime, reminder.StartAt);

        // Dynamic adjustment: a year after the failed sampling the enterprise is low-risk again, with no new event.
        _clock.SetUtcNow(failedAt.AddMonths(12));
        await SiloHost.EventuallyAsync(async () => (await second.GetJsonAsync($"/api/enterprises/{usccs[0]}"))["class"]!.GetValue<string>() == "low");
        await second.SettleRegionsAsync();

        var enterprise = await second.GetJsonAsync($"/api/enterprises/{usccs[0]}");
        Assert.Equal("aged-out", enterprise["history"]!.AsArray().Last()!["trigger"]!.GetValue<string>());
        var county = (await second.GetJsonAsync($"/api/regions/{County}/map"))["region"]!;
        Assert.Equal("green", county["colour"]!.GetValue<string>());
        // DB3304/T 056 §4.2.3: the colour improved, yet the warning stays open until the city lifts it.
        var warning = Assert.Single(await second.GetJsonArrayAsync($"/api/regions/{County}/warnings"))!;
        Assert.Equal("open", warning["status"]!.GetValue<string>());
        Assert.Equal("330411-0001", county["openWarning"]!["id"]!.GetValue<string>());
        // Delivered once, the one-shot due time is gone from Orleans' reminder table.
        await SiloHost.EventuallyAsync(async () => (await ReviewRemindersAsync(second, usccs[0])).Count == 0);
    }

    private static async Task<List<ReminderEntry>> ReviewRemindersAsync(SiloHost host, string uscc)
    {
        var grain = host.Service<IGrainFactory>().GetGrain<IEnterpriseGrain>(uscc).GetGrainId();
        return [.. (await host.Service<IReminderTable>().ReadRows(grain)).Reminders.Where(r => r.ReminderName == EnterpriseGrain.ReviewReminder)];
    }
}
