using System.Globalization;
using System.Text;
using BenchmarkDotNet.Reports;

namespace QualityMap.Benchmarks.Micro;

/// <summary>BenchmarkDotNet's summaries as this project's Markdown section: method, mean, error, allocated.</summary>
public static class MarkdownSection
{
    public static string Render(IEnumerable<Summary> summaries, bool quick)
    {
        var text = new StringBuilder();
        text.AppendLine("## Micro-benchmarks");
        text.AppendLine();
        text.AppendLine("| method | mean | error (99.9 %) | allocated |");
        text.AppendLine("|---|---:|---:|---:|");
        foreach (var report in summaries.SelectMany(s => s.Reports))
        {
            var name = report.BenchmarkCase.Descriptor.WorkloadMethodDisplayInfo.Trim('\'');
            if (!report.Success || report.ResultStatistics is not { } statistics)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"| {name} | failed | | |");
                continue;
            }
            var allocated = report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase);
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {name} | {Time(statistics.Mean)} | ± {Time(statistics.ConfidenceInterval.Margin)} | {Bytes(allocated)} |");
        }
        text.AppendLine();
        text.AppendLine(quick
            ? "Measured with BenchmarkDotNet 0.14.0 in process, quick job (1 warm-up, 3 iterations of 100 ms): indicative only. "
            : "Measured with BenchmarkDotNet 0.14.0 in process, default job (pilot, warm-up, 15–100 iterations until stable). ");
        text.AppendLine("Mean and error are per operation (the region aggregate row: one change carried from a town to its province, " +
                        "averaged over 1,000; the batch rows: a whole 1,000-event batch); allocated counts every thread's allocations " +
                        "per operation. No target is set for these figures; they locate costs behind the end-to-end ones.");
        return text.ToString();
    }

    private static string Time(double nanoseconds) => nanoseconds switch
    {
        < 1_000 => $"{nanoseconds.ToString("F1", CultureInfo.InvariantCulture)} ns",
        < 1_000_000 => $"{(nanoseconds / 1_000).ToString("F2", CultureInfo.InvariantCulture)} µs",
        _ => $"{(nanoseconds / 1_000_000).ToString("F2", CultureInfo.InvariantCulture)} ms",
    };

    private static string Bytes(long? bytes) => bytes switch
    {
        null => "n/a",
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => $"{(bytes.Value / 1024.0).ToString("F1", CultureInfo.InvariantCulture)} KB",
        _ => $"{(bytes.Value / (1024.0 * 1024)).ToString("F2", CultureInfo.InvariantCulture)} MB",
    };
}
