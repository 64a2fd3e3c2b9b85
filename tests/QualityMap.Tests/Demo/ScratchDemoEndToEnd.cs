using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using QualityMap.Silo.Demo;
using QualityMap.Tests.EndToEnd;
using Xunit.Abstractions;

namespace QualityMap.Tests.Demo;

public sealed class ScratchDemoEndToEnd(ITestOutputHelper output)
{
    [Fact]
    public async Task Scratch()
    {
        var data = Directory.CreateTempSubdirectory("qm-demo-");
        var clock = new ManualTimeProvider(DateTimeOffset.UtcNow);
        var settings = new Dictionary<string, string?> { ["Demo:Enabled"] = "true", ["Demo:EventsPerSecond"] = "5" };
        var config = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        await using var host = new SiloHost(data.FullName, clock, settings);
        await using var factory = host.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddDemo(config)));
        var client = factory.CreateClient();
        var sw = System.Diagnostics.Stopwatch.StartNew();
        var journal = factory.Services.GetRequiredService<QualityMap.Silo.Storage.IJournal>();
        for (var i = 0; i < 600 && await journal.LastSeqAsync() < 14900; i++) await Task.Delay(100);
        output.WriteLine($"journal {await journal.LastSeqAsync()} after {sw.Elapsed}");
        await factory.Services.GetRequiredService<QualityMap.Silo.Ingestion.JournalDispatcher>().WaitUntilAppliedAsync().WaitAsync(TimeSpan.FromSeconds(120));
        output.WriteLine($"applied after {sw.Elapsed}");
        await Task.Delay(2000);
        var city = await client.GetStringAsync("/api/regions/330400/map");
        output.WriteLine(city);
        var before = await journal.LastSeqAsync();
        for (var i = 0; i < 240; i++) { clock.Advance(TimeSpan.FromMilliseconds(500)); await Task.Delay(20); }
        output.WriteLine($"live events journaled in 2 manual minutes: {await journal.LastSeqAsync() - before}");
        await Task.Delay(1000);
        output.WriteLine(await client.GetStringAsync("/api/regions/330400/map"));
        data.Delete(true);
    }
}
