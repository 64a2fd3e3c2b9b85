using System.Diagnostics;
using QualityMap.Benchmarks.Scale;
using QualityMap.Silo.Ingestion;
using QualityMap.Silo.Regions;

// Contract shared by the benchmark projects: [--quick] [--out <file.md>]; the Markdown section goes to the file and stdout.
// --data <dir> seeds that (new) directory instead of a temporary one; --keep-data leaves it for profiling a start-up.
var options = ScaleOptions.Parse(args);
if (options.ColdStartOnly)
{
    var again = await ColdStart.MeasureAsync(options, options.Enterprises);
    Console.Error.WriteLine(again.Log);
    Console.WriteLine($"cold start over {options.DataDirectory}: /health after {again.Healthy.TotalSeconds:F2} s, national counts after {again.MapReady.TotalSeconds:F2} s, desks after {again.DesksReady.TotalSeconds:F2} s, VmRSS {again.ResidentBytes / (1024 * 1024)} MB");
    return;
}
if (Directory.Exists(options.DataDirectory)) throw new InvalidOperationException($"{options.DataDirectory} already exists; the benchmark seeds a fresh directory.");
Directory.CreateDirectory(options.DataDirectory);
try
{
    var tree = RegionTreeLoader.Load(options.RegionsDirectory);
    var fleet = Fleet.Create(tree, options.Enterprises, DateTimeOffset.UtcNow.AddDays(-30));
    Console.Error.WriteLine($"scale: seeding {options.Enterprises:N0} enterprises over {tree.CountAt(QualityMap.Grains.Regions.RegionLevel.Town):N0} towns into {options.DataDirectory}");

    SeedResult seed;
    await using (var silo = await InProcessSilo.StartAsync(options))
    {
        var acknowledged = await Seeding.IngestAsync(silo, fleet.Registrations);
        var clock = Stopwatch.StartNew();
        var dispatcher = silo.Service<JournalDispatcher>();
        await dispatcher.WaitUntilAppliedAsync();
        // Applied means the enterprises and their supervision plans are stored (the enterprise waits for its plan).
        seed = new SeedResult(fleet.Registrations.Count, acknowledged, acknowledged + clock.Elapsed);
    }
    Console.Error.WriteLine($"scale: seeded in {seed.Applied.TotalSeconds:F1} s; cold start of the silo process");
    if (options.SeedOnly) return;

    var coldStart = await ColdStart.MeasureAsync(options, options.Enterprises);
    Console.Error.WriteLine($"scale: map ready after {coldStart.MapReady.TotalSeconds:F1} s; burst and memory in process");

    Burst.Result burst;
    Memory.Result memory;
    await using (var silo = await InProcessSilo.StartAsync(options))
    {
        burst = await Burst.MeasureAsync(silo, fleet, options.BurstEvents);
        memory = await Memory.MeasureAsync(silo, fleet);
    }

    var markdown = ScaleReport.Render(options, tree, seed, coldStart, burst, memory);
    Console.WriteLine(markdown);
    if (options.OutFile is not null)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(options.OutFile))!);
        await File.WriteAllTextAsync(options.OutFile, markdown);
    }
}
finally
{
    if (!options.KeepData) Directory.Delete(options.DataDirectory, recursive: true);
}
