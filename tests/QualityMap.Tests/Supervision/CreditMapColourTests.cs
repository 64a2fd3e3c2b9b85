using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using QualityMap.Silo.Rebuild;
using QualityMap.Silo.Storage;
using QualityMap.Tests.EndToEnd;
using static QualityMap.Tests.EndToEnd.TestEvents;

namespace QualityMap.Tests.Supervision;

/// <summary>
/// The same event stream coloured by both schemes, live at town, county and city. By hand: 20 registered
/// enterprises in 建设街道, 8 pass a sampling, 2 fail one and refuse the next. Jiaxing: 2 high-risk of 20 monitored =
/// 10 %, exactly the orange bound. Credit: 2 C (12 − 4 − 6 = 2) of 10 scored (the 10 never sampled are O, not
/// counted) = 20 %, exactly the red bound. A restart keeps the credit colour (seeded from the supervision states), and
/// a rebuild from the journal derives the same colours and counts by the same scheme's rule; the trend ends on them.
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
        var rebuilt = Directory.CreateTempSubdirectory("qm-credit-map-rebuilt-");
        try
        {
            var settings = new Dictionary<string, string?> { ["Supervision:Scheme"] = scheme };
            await using (var host = new SiloHost(data.FullName, new ManualTimeProvider(Start), settings))
            {
                (await host.PostEventsAsync(Stream())).EnsureSuccessStatusCode();
                await host.SettleAsync();
                foreach (var code in new[] { Jianshe, Nanhu, "330400" }) await ColourAsync(host, code, colour, counted, of);
                // The trend counts and colours by the same scheme's rule.
                var now = (await host.GetJsonAsync($"/api/regions/{Nanhu}/trend"))["points"]!.AsArray()[^1]!;
                Assert.Equal((colour, counted, of), (now["colour"]!.GetValue<string>(), now["highRisk"]!.GetValue<int>(), now["monitored"]!.GetValue<int>()));
            }
            await using (var restarted = new SiloHost(data.FullName, new ManualTimeProvider(Start), settings))
            {
                await restarted.SettleAsync();
                await ColourAsync(restarted, Jianshe, colour, counted, of);
            }

            var rebuild = await JournalRebuilder.RebuildAsync(
                new StorageOptions { Provider = StorageOptions.Sqlite, DataDirectory = data.FullName },
                new StorageOptions { Provider = StorageOptions.Sqlite, DataDirectory = rebuilt.FullName },
                new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
            Assert.True(rebuild.Equal, string.Join('\n', rebuild.Differences));
            foreach (var code in new[] { Jianshe, Nanhu, "330400" })
            {
                Assert.Equal(new RegionDigest(Capitalised(colour), counted, of), rebuild.Live.Regions[code]);
                Assert.Equal(new RegionDigest(Capitalised(colour), counted, of), rebuild.Rebuilt.Regions[code]);
            }
        }
        finally
        {
            data.Delete(recursive: true);
            rebuilt.Delete(recursive: true);
        }
    }

    // The digest spells colours as the enum does (Red), the API in snake_case (red).
    private static string Capitalised(string colour) => char.ToUpperInvariant(colour[0]) + colour[1..];

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
