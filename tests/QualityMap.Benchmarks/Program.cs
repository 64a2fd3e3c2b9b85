using QualityMap.Benchmarks;
using QualityMap.Tests;
using QualityMap.Tests.Durability;

// End-to-end benchmarks of issue 9 (see README "Benchmarks"): durable ingest on SQLite and PostgreSQL, event → browser
// latency with 100 official SignalR JavaScript clients, a SQL GROUP BY baseline fed the same event stream, and two
// silos clustered on PostgreSQL: saturated ingest over both, then a failover.
var options = BenchOptions.Parse(args);
var population = Population.Generate(options.Enterprises, seed: 9);
var report = new Report(options, population);

if (options.TraceOnly)
{
    await RunTraceAsync();
    return Finish();
}

await RunSiloAsync("SQLite", [], async (silo, state, json) =>
{
    foreach (var (batch, events) in options.ThroughputEvents)
        report.Add(await Throughput.RunAsync("SQLite", [silo], state, json, batch, events, seed: batch));
    if (options.IngestOnly) return;
    var baseUrl = new Uri($"http://127.0.0.1:{silo.Port}");
    var cityKey = (await TestCredentials.ProvisionOverHttpAsync(baseUrl)).CityKey;
    var latencies = await LiveLatency.RunAsync(baseUrl, cityKey, silo.Client, state, json, options.Connections, options.Rates, options.LatencyDuration);
    report.Add(latencies);
    report.Add(await SqlBaseline.RunAsync(state, latencies[0].Stream, latencies[^1].Stream, options.BaselineBudget));
});

try
{
    await using var database = await Postgres.CreateAsync("silo");
    await RunSiloAsync("PostgreSQL", ["--Storage:Provider=postgres", $"--Storage:ConnectionString={database.ConnectionString}"], async (silo, state, json) =>
    {
        foreach (var (batch, events) in options.ThroughputEvents)
            report.Add(await Throughput.RunAsync("PostgreSQL", [silo], state, json, batch, events, seed: batch));
    });
}
catch (Exception e)
{
    report.Fail("PostgreSQL", e);
}

try
{
    report.Add(await Cluster.RunAsync(options, population));
}
catch (Exception e)
{
    report.Fail("Two silos", e);
}

if (!options.IngestOnly) await RunTraceAsync();
return Finish();

int Finish()
{
    var markdown = report.ToMarkdown();
    Console.WriteLine(markdown);
    if (options.Out is { } output)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        File.WriteAllText(output, markdown);
    }
    return report.Failed ? 1 : 0;
}

// Traceability on a silo of its own (SQLite): capture, reverse trace, scan page.
async Task RunTraceAsync()
{
    var directory = Directory.CreateTempSubdirectory("qm-bench-trace-");
    try
    {
        await using var silo = await SiloProcess.StartAsync([$"--Storage:DataDirectory={directory.FullName}", .. TraceBench.SiloArguments, .. options.SiloArguments]);
        report.Add(await TraceBench.RunAsync(silo, options.Quick));
    }
    catch (Exception e)
    {
        report.Fail("Traceability", e);
    }
    finally
    {
        directory.Delete(recursive: true);
    }
}

// A fresh silo with its own data directory, the population registered and shown on the map, then the parts; a part
// that fails is reported in the document instead of its table.
async Task RunSiloAsync(string dialect, string[] storage, Func<SiloProcess, MapState, EventJson, Task> parts)
{
    var directory = Directory.CreateTempSubdirectory("qm-bench-");
    try
    {
        Console.Error.WriteLine($"{dialect}: starting the silo, registering {population.Enterprises.Count:N0} enterprises");
        await using var silo = await SiloProcess.StartAsync([$"--Storage:DataDirectory={directory.FullName}", .. storage, .. options.SiloArguments]);
        var state = new MapState(population);
        var json = new EventJson();
        await Ingest.RegisterAsync(silo.Client, population, json);
        await state.WaitUntilShownAsync(silo.Client, TimeSpan.FromMinutes(5));
        Console.Error.WriteLine($"{dialect}: registered; measuring");
        await parts(silo, state, json);
    }
    catch (Exception e)
    {
        report.Fail(dialect, e);
    }
    finally
    {
        directory.Delete(recursive: true);
    }
}
