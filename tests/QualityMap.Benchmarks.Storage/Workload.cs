using System.Diagnostics;

namespace QualityMap.Benchmarks.Storage;

internal sealed record Measurement(
    string Store, string Database, int Callers, int Round, long Writes, long Errors, TimeSpan Elapsed,
    double P50Ms, double P99Ms, double LoadBefore, double LoadAfter, string? Settings = null)
{
    public double WritesPerSecond => Writes / Elapsed.TotalSeconds;

    public override string ToString() =>
        $"{Store} on {Database}, {Callers} callers, round {Round}: {WritesPerSecond:N0} writes/s, p50 {P50Ms:F2} ms, " +
        $"p99 {P99Ms:F2} ms, {Errors} errors, load {LoadBefore:F2} -> {LoadAfter:F2}";
}

internal static class Workload
{
    /// <summary>
    /// <paramref name="callers"/> loops, each owning the grains whose index is its number modulo callers and writing
    /// them round-robin, as Orleans writes one activation's state at a time. A warm-up writes every grain at least once.
    /// </summary>
    public static async Task<Measurement> RunAsync(IStateWriter writer, int callers, int grains, TimeSpan duration, int round, bool warmup)
    {
        var loadBefore = LoadAverage();
        long errors = 0;
        var clock = Stopwatch.StartNew();
        var samples = await Task.WhenAll(Enumerable.Range(0, callers).Select(caller => Task.Run(async () =>
        {
            var mine = Enumerable.Range(0, grains).Where(g => g % callers == caller).ToArray();
            var latencies = new List<long>(1 << 14);
            for (var n = 0; clock.Elapsed < duration || (warmup && n < mine.Length); n++)
            {
                var start = Stopwatch.GetTimestamp();
                try
                {
                    await writer.WriteAsync(mine[n % mine.Length]);
                    latencies.Add(Stopwatch.GetTimestamp() - start);
                }
                catch (Exception e)
                {
                    if (Interlocked.Increment(ref errors) <= 3) Console.Error.WriteLine($"write failed: {e.GetType().Name}: {e.Message}");
                }
            }
            return latencies;
        })));
        var elapsed = clock.Elapsed;

        var all = samples.SelectMany(s => s).Order().ToArray();
        double Percentile(double p) => all.Length == 0 ? double.NaN : all[(int)(p * (all.Length - 1))] * 1000.0 / Stopwatch.Frequency;
        return new(writer.Store, writer.Database, callers, round, all.Length, errors, elapsed, Percentile(0.50), Percentile(0.99), loadBefore, LoadAverage());
    }

    private static double LoadAverage() =>
        File.Exists("/proc/loadavg") ? double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) : double.NaN;
}
