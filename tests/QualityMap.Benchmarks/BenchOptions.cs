namespace QualityMap.Benchmarks;

/// <summary>
/// The command line shared by the three benchmark projects: <c>--quick</c> (a run of well under a minute that proves
/// everything works; its figures are rough) or the full run by default, and <c>--out file.md</c>.
/// </summary>
public sealed record BenchOptions(
    bool Quick, string? Out, int Enterprises, IReadOnlyDictionary<int, int> ThroughputEvents, TimeSpan LatencyDuration,
    int Connections, IReadOnlyList<int> Rates, TimeSpan BaselineBudget)
{
    public static BenchOptions Parse(string[] args)
    {
        var quick = false;
        string? output = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--quick": quick = true; break;
                case "--out" when i + 1 < args.Length: output = args[++i]; break;
                default: throw new ArgumentException($"Unknown argument '{args[i]}'. Usage: [--quick] [--out file.md]");
            }
        }
        // The population must leave enough enterprises outside the latency county for both rates' moves into it.
        return quick
            ? new BenchOptions(true, output, 8_000, new Dictionary<int, int> { [1] = 100, [100] = 1_000, [1000] = 8_000 },
                TimeSpan.FromSeconds(1), 100, [1000, 5000], TimeSpan.FromSeconds(4))
            : new BenchOptions(false, output, 75_000, new Dictionary<int, int> { [1] = 3_000, [100] = 30_000, [1000] = 100_000 },
                TimeSpan.FromSeconds(10), 100, [1000, 5000], TimeSpan.FromSeconds(30));
    }
}
