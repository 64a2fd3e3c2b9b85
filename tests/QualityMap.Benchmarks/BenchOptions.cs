namespace QualityMap.Benchmarks;

/// <summary>
/// The command line shared by the three benchmark projects: <c>--quick</c> (a run of well under a minute that proves
/// everything works; its figures are rough) or the full run by default, and <c>--out file.md</c>. This project also
/// takes <c>--only ingest</c> (just the durable-ingest part, batches of 1,000, both dialects: the quick loop for
/// throughput work), <c>--only trace</c> (just traceability's capture, scan page and reverse trace) and <c>--silo-arg setting</c> (repeatable, passed to the silo, e.g. to compare a setting's two
/// values in one build).
/// </summary>
public sealed record BenchOptions(
    bool Quick, string? Out, int Enterprises, IReadOnlyDictionary<int, int> ThroughputEvents, TimeSpan LatencyDuration,
    int Connections, IReadOnlyList<int> Rates, TimeSpan BaselineBudget)
{
    public const string Usage = "Usage: [--quick] [--out file.md] [--only ingest|trace] [--silo-arg setting]...";

    /// <summary>True when only the durable-ingest part runs.</summary>
    public bool IngestOnly { get; init; }

    /// <summary>True when only the traceability part runs.</summary>
    public bool TraceOnly { get; init; }

    /// <summary>Extra command-line settings for the silo under test.</summary>
    public IReadOnlyList<string> SiloArguments { get; init; } = [];

    public static BenchOptions Parse(string[] args)
    {
        var quick = false;
        var ingestOnly = false;
        var traceOnly = false;
        string? output = null;
        var siloArguments = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--quick": quick = true; break;
                case "--out" when i + 1 < args.Length: output = args[++i]; break;
                case "--only" when i + 1 < args.Length && args[i + 1] == "ingest": ingestOnly = true; i++; break;
                case "--only" when i + 1 < args.Length && args[i + 1] == "trace": traceOnly = true; i++; break;
                case "--silo-arg" when i + 1 < args.Length: siloArguments.Add(args[++i]); break;
                default: throw new ArgumentException($"Unknown argument '{args[i]}'. {Usage}");
            }
        }
        // The population must leave enough enterprises outside the latency county for both rates' moves into it.
        var options = quick
            ? new BenchOptions(true, output, 8_000, new Dictionary<int, int> { [1] = 100, [100] = 1_000, [1000] = 8_000 },
                TimeSpan.FromSeconds(1), 100, [1000, 5000], TimeSpan.FromSeconds(4))
            : new BenchOptions(false, output, 75_000, new Dictionary<int, int> { [1] = 3_000, [100] = 30_000, [1000] = 100_000 },
                TimeSpan.FromSeconds(10), 100, [1000, 5000], TimeSpan.FromSeconds(30));
        return ingestOnly
            ? options with { IngestOnly = true, ThroughputEvents = options.ThroughputEvents.Where(t => t.Key == 1000).ToDictionary(), SiloArguments = siloArguments }
            : options with { SiloArguments = siloArguments, TraceOnly = traceOnly };
    }
}
