using System.Globalization;
using QualityMap.Tests.Durability;

namespace QualityMap.Benchmarks;

/// <summary>The few figures of <c>/metrics</c> the benchmark reports: journal appends and their commit time.</summary>
public sealed record ServiceMetrics(double JournalAppends, double JournalCommitSeconds, double CpuSeconds)
{
    public static async Task<ServiceMetrics> ScrapeAsync(SiloProcess silo)
    {
        var text = await silo.Client.GetStringAsync(silo.MetricsAddress);
        return new ServiceMetrics(
            Value(text, "qualitymap_journal_commit_duration_seconds_count"),
            Value(text, "qualitymap_journal_commit_duration_seconds_sum"),
            Value(text, "process_cpu_seconds_total"));
    }

    /// <summary>The figures of several silos added up.</summary>
    public static async Task<ServiceMetrics> ScrapeAsync(IReadOnlyList<SiloProcess> silos)
    {
        var each = await Task.WhenAll(silos.Select(ScrapeAsync));
        return new ServiceMetrics(each.Sum(m => m.JournalAppends), each.Sum(m => m.JournalCommitSeconds), each.Sum(m => m.CpuSeconds));
    }

    public ServiceMetrics Since(ServiceMetrics before) =>
        new(JournalAppends - before.JournalAppends, JournalCommitSeconds - before.JournalCommitSeconds, CpuSeconds - before.CpuSeconds);

    private static double Value(string exposition, string name)
    {
        foreach (var line in exposition.Split('\n'))
        {
            if (!line.StartsWith(name, StringComparison.Ordinal)) continue;
            var rest = line[name.Length..];
            if (rest.Length == 0 || (rest[0] != ' ' && rest[0] != '{')) continue;
            return double.Parse(line[(line.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture);
        }
        return double.NaN;
    }
}
