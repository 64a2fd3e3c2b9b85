using QualityMap.Grains.Events;
using QualityMap.Grains.Regions;
using QualityMap.Silo.Demo;
using QualityMap.Silo.Regions;
using QualityMap.Silo.Storage;
using QualityMap.Tests.EndToEnd;

namespace QualityMap.Tests.Demo;

/// <summary>Demo mode in the whole silo: seeded through the real ingestion pipeline, journal and grains.</summary>
public sealed class DemoEndToEndTests : IDisposable
{
    private const int Enterprises = 1000;

    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("qm-demo-");
    private readonly ManualTimeProvider _clock = new();
    private readonly Dictionary<string, string?> _settings = new()
    {
        ["Demo:Enabled"] = "true",
        ["Demo:Enterprises"] = Enterprises.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    public void Dispose() => _data.Delete(recursive: true);

    [Fact]
    public async Task TheSeededMapShowsWhatTheGeneratorIntendedThenLiveEventsFlowAndARestartDoesNotSeedAgain()
    {
        // The seeder dates the history against the same (manual, unmoved) clock.
        var expected = DemoDataGenerator.Generate(RegionTreeLoader.LoadBuiltInJiaxing(), _clock.GetUtcNow(), 20201, Enterprises);
        long seeded;
        await using (var host = new SiloHost(_data.FullName, _clock, _settings))
        {
            var journal = host.Service<IJournal>();
            await SiloHost.EventuallyAsync(async () => await journal.LastSeqAsync() >= expected.Events.Count);
            // Then the demo's traceability: its batches and their flow, after the enterprises.
            await SiloHost.EventuallyAsync(async () => (await host.Client.GetAsync(DemoTraceTests.FirstBatchPath)).IsSuccessStatusCode);
            await host.SettleAsync();
            var kinds = new Dictionary<string, int>();
            await foreach (var record in journal.ReadAfterAsync(0)) kinds[record.Kind] = kinds.GetValueOrDefault(record.Kind) + 1;
            Assert.Equal(expected.Events.Count,
                kinds.Where(k => EventKinds.All.Contains(k.Key) && k.Key != EventKinds.BatchRegistered).Sum(k => k.Value));
            Assert.Equal(DemoTrace.Batches, kinds["batch_registered"]);
            seeded = await journal.LastSeqAsync();

            var highRisk = DemoMap.HighRiskAt(expected.Events, _clock.GetUtcNow());
            var counties = DemoMap.CountsBy(
                host.Service<RegionTree>(), RegionLevel.County, expected.Enterprises.ToDictionary(e => e.Uscc, e => e.TownCode), highRisk);
            var city = await host.GetJsonAsync("/api/regions/330400/map");
            var shown = city["children"]!.AsArray().Select(c => c!.AsObject()).ToList();
            Assert.Equal(7, shown.Count);
            Assert.All(shown, county =>
            {
                var code = county["code"]!.GetValue<string>();
                Assert.Equal(counties[code].HighRisk, county["highRisk"]!.GetValue<int>());
                Assert.Equal(counties[code].Monitored, county["monitored"]!.GetValue<int>());
            });
            Assert.True(shown.Select(c => c["colour"]!.GetValue<string>()).Distinct().Count() >= 3);

            // Live events at 5/s of manual time.
            for (var step = 0; step < 60; step++)
            {
                _clock.Advance(TimeSpan.FromMilliseconds(500));
                await Task.Delay(10);
            }

            await SiloHost.EventuallyAsync(async () => await journal.LastSeqAsync() > seeded + 50);
            // The last ticks' events may still be on their way into the journal: wait until it stops growing.
            long previous;
            do
            {
                previous = await journal.LastSeqAsync();
                await Task.Delay(300);
                seeded = await journal.LastSeqAsync();
            }
            while (seeded != previous);
        }

        await using (var restarted = new SiloHost(_data.FullName, _clock, _settings))
        {
            await restarted.SettleAsync();
            await Task.Delay(500);
            Assert.Equal(seeded, await restarted.Service<IJournal>().LastSeqAsync());
            Assert.Equal(Enterprises, (await restarted.GetJsonAsync("/api/regions/330400/map"))["region"]!["monitored"]!.GetValue<int>());
        }
    }
}
