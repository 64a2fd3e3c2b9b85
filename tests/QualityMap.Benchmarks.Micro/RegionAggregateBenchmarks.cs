using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using QualityMap.Grains.Colouring;
using QualityMap.Grains.Regions;
using QualityMap.Silo;

namespace QualityMap.Benchmarks.Micro;

/// <summary>
/// The region aggregate path: an enterprise's class change told to its town's <c>RegionGrain</c>, which updates
/// its counts and colour, publishes on the map feed and reports up to its county, city and province, each doing
/// the same. Measured on the real grain runtime of an in-process silo (built-in Jiaxing tree, SQLite in a
/// temporary directory): each invocation flips 1,000 enterprises of one town and waits until the province shows
/// the result, so the figure per operation is one change carried through all four levels. The pure colour rule
/// (<see cref="ColourRules"/>) is measured on its own too.
/// </summary>
[MemoryDiagnoser]
public class RegionAggregateBenchmarks
{
    private const int Changes = 1000;

    private readonly ColourThresholds _thresholds = new();
    private string _directory = "";
    private WebApplication _silo = null!;
    private IRegionGrain _town = null!;
    private IRegionGrain _province = null!;
    private string[] _usccs = [];
    private long _version;
    private bool _highRisk;

    [GlobalSetup(Target = nameof(ChangeThroughFourLevels))]
    public void StartSilo()
    {
        _directory = Directory.CreateTempSubdirectory("qualitymap-micro-").FullName;
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration["Storage:DataDirectory"] = _directory;
        builder.Configuration["Security:AdminPassword"] = "benchmark-admin-password";
        builder.Configuration["Logging:LogLevel:Default"] = "Error";
        builder.Services.AddQualityMapSilo(builder.Configuration);
        _silo = builder.Build();
        _silo.StartAsync().GetAwaiter().GetResult();

        var town = SampleEvents.Tree.All.First(r => r.Level == RegionLevel.Town);
        var grains = _silo.Services.GetRequiredService<IGrainFactory>();
        _town = grains.GetGrain<IRegionGrain>(town.Code);
        _province = grains.GetGrain<IRegionGrain>(SampleEvents.Tree.AncestorsOf(town.Code).Single(r => r.Level == RegionLevel.Province).Code);
        _usccs = [.. Enumerable.Range(0, Changes).Select(i => $"91330400MA{i:D7}X")];
    }

    [GlobalCleanup(Target = nameof(ChangeThroughFourLevels))]
    public void StopSilo()
    {
        _silo.StopAsync().GetAwaiter().GetResult();
        ((IDisposable)_silo).Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    [Benchmark(Description = "Region aggregate: one change through town → county → city → province", OperationsPerInvoke = Changes)]
    public async Task ChangeThroughFourLevels()
    {
        _highRisk = !_highRisk;
        _version++;
        var changes = new Task[Changes];
        for (var i = 0; i < Changes; i++) changes[i] = _town.EnterpriseChangedAsync(new EnterpriseStatus(_usccs[i], true, _highRisk, _version), DateTimeOffset.UnixEpoch);
        await Task.WhenAll(changes);
        // Reports travel up one-way; the province has them all once it counts the flipped town's final state.
        var expected = _highRisk ? Changes : 0;
        while ((await _province.GetAsync()).Region.HighRisk != expected) await Task.Delay(1);
    }

    [Benchmark(Description = "Colour rule: share → colour, reason (DB3304/T 056 §4.1)")]
    public ColourAssessment Colour() => ColourRules.Assess(173, 1_204, _thresholds);
}
