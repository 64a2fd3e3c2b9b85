using QualityMap.Benchmarks.Storage;

// Sustained grain-state writes: Orleans' ADO.NET grain storage (one statement and commit per write) against the
// project's batched IGrainStateStore (one writer, one transaction per batch), on SQLite and PostgreSQL.
// dotnet run -c Release --project tests/QualityMap.Benchmarks.Storage -- [--seconds 10] [--warmup 3] [--grains 1000]
//   [--rounds 2] [--callers 16,64,256] [--out result.md]. PostgreSQL comes from QUALITYMAP_TEST_POSTGRES.
var options = BenchOptions.Parse(args);
var results = new List<Measurement>();
for (var round = 1; round <= options.Rounds; round++)
{
    foreach (var open in Writers.All)
    {
        await using var writer = await open(options.Grains);
        foreach (var callers in options.Callers)
        {
            await Workload.RunAsync(writer, callers, options.Grains, options.Warmup, round, warmup: true);
            var result = await Workload.RunAsync(writer, callers, options.Grains, options.Duration, round, warmup: false);
            results.Add(result);
            Console.Error.WriteLine(result);
        }
        results[^1] = results[^1] with { Settings = await writer.DescribeAsync() };
    }
}

var markdown = Report.Render(options, results);
Console.WriteLine(markdown);
if (options.OutFile is not null) await File.WriteAllTextAsync(options.OutFile, markdown);
