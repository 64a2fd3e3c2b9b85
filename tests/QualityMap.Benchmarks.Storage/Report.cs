using System.Text;

namespace QualityMap.Benchmarks.Storage;

internal static class Report
{
    public static string Render(BenchOptions options, IReadOnlyList<Measurement> results)
    {
        var md = new StringBuilder();
        md.AppendLine("## Grain-state writes: Orleans ADO.NET provider vs the project's batched store").AppendLine();
        md.AppendLine($"{options.Grains:N0} grains, ~2 KB JSON state each, written round-robin (one caller per grain at a time); " +
                      $"{options.Warmup.TotalSeconds:F0} s warm-up then {options.Duration.TotalSeconds:F0} s measured per row; " +
                      $"{Environment.ProcessorCount} cores; {options.Rounds} rounds (run 1 / run 2 …). Every write is durable when acknowledged.").AppendLine();
        md.AppendLine("| Store | Database | Callers | Writes/s | p50 ms | p99 ms | Errors | Load (1 min) |");
        md.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|");
        foreach (var row in results.GroupBy(r => (r.Store, r.Database, r.Callers)))
        {
            string Each(Func<Measurement, string> f) => string.Join(" / ", row.OrderBy(r => r.Round).Select(f));
            md.AppendLine($"| {row.Key.Store} | {row.Key.Database} | {row.Key.Callers} | {Each(r => r.WritesPerSecond.ToString("N0"))} | " +
                          $"{Each(r => r.P50Ms.ToString("F2"))} | {Each(r => r.P99Ms.ToString("F1"))} | {Each(r => r.Errors.ToString())} | " +
                          $"{Each(r => $"{r.LoadBefore:F1}–{r.LoadAfter:F1}")} |");
        }
        md.AppendLine();
        foreach (var run in results.Where(r => r.Settings is not null))
            md.AppendLine($"- {run.Store}, {run.Database}, round {run.Round}: {run.Settings}");
        return md.ToString();
    }
}
