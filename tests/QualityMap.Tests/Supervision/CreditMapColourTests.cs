using System.Text.Json.Nodes;
using QualityMap.Tests.EndToEnd;
using static QualityMap.Tests.EndToEnd.TestEvents;

namespace QualityMap.Tests.Supervision;

/// <summary>
/// The same event stream coloured by both schemes, live at town, county and city. By hand: 20 registered
/// enterprises in 建设街道, 8 pass a sampling, 2 fail one and refuse the next. Jiaxing: 2 high-risk of 20 monitored =
/// 10 %, exactly the orange bound. Credit: 2 C (12 − 4 − 6 = 2) of 10 scored (the 10 never sampled are O, not
/// counted) = 20 %, exactly the red bound. A restart keeps the credit colour (seeded from the supervision states).
/// </summary>
public sealed class CreditMapColourTests
{
    private const string Nanhu = "330402";
    private const string Jianshe = "330402007";
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);

    private static object[] Stream()
    {
        var events = new List<object>();
        for (var i = 0; i < 20; i++)
        {
            var uscc = Uscc(8600 + i, Nanhu);
            events.Add(Registered(uscc, Jianshe, Start.AddDays(-10), id: $"reg-{i}"));
            if (i < 8) events.Add(Sampling(uscc, true, Start.AddDays(-5), id: $"smp-{i}"));
            if (i is 8 or 9)
            {
                events.Add(Sampling(uscc, false, Start.AddDays(-5), id: $"smp-{i}"));
                events.Add(new { eventId = $"ref-{i}", kind = "sampling_refused", uscc, occurredAt = Start.AddDays(-4) });
            }
        }
        return [.. events];
    }

    [Theory]
    [InlineData("Jiaxing", "orange", 2, 20)]
    [InlineData("Credit", "red", 2, 10)]
    public async Task TheSameStreamColoursTheMapByEachSchemesOwnRuleAtEveryLevel(string scheme, string colour, int counted, int of)
    {
        var data = Directory.CreateTempSubdirectory("qm-credit-map-");
        try
        {
            var settings = new Dictionary<string, string?> { ["Supervision:Scheme"] = scheme };
            await using (var host = new SiloHost(data.FullName, new ManualTimeProvider(Start), settings))
            {
                (await host.PostEventsAsync(Stream())).EnsureSuccessStatusCode();
                await host.SettleAsync();
                foreach (var code in new[] { Jianshe, Nanhu, "330400" }) await ColourAsync(host, code, colour, counted, of);
            }
            await using (var restarted = new SiloHost(data.FullName, new ManualTimeProvider(Start), settings))
            {
                await restarted.SettleAsync();
                await ColourAsync(restarted, Jianshe, colour, counted, of);
            }
        }
        finally
        {
            data.Delete(recursive: true);
        }
    }

    private static async Task ColourAsync(SiloHost host, string code, string colour, int counted, int of)
    {
        JsonNode? region = null;
        try
        {
            await SiloHost.EventuallyAsync(async () =>
            {
                region = (await host.GetJsonAsync($"/api/regions/{code}/map"))["region"];
                return region!["monitored"]!.GetValue<int>() == of && region["highRisk"]!.GetValue<int>() == counted;
            });
        }
        catch (TimeoutException)
        {
            Assert.Fail($"{code}: {region?.ToJsonString()}");
        }
        Assert.Equal(colour, region!["colour"]!.GetValue<string>());
    }
}
