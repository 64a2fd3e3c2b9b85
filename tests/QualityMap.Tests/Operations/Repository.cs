namespace QualityMap.Tests.Operations;

/// <summary>Files of this repository, found by walking up from the test binaries to <c>Orleans.sln</c>.</summary>
public static class Repository
{
    private static readonly Lazy<string> s_root = new(() =>
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Orleans.sln"))) return directory.FullName;
        }
        throw new DirectoryNotFoundException($"No Orleans.sln above {AppContext.BaseDirectory}.");
    });

    public static string Root => s_root.Value;

    public static string PrometheusDirectory => Path.Combine(Root, "dashboard", "prometheus");

    public static string RulesFile => Path.Combine(PrometheusDirectory, "rules", "qualitymap.rules.yml");

    public static string GrafanaDirectory => Path.Combine(Root, "dashboard", "grafana");

    public static IEnumerable<string> DashboardFiles => Directory.EnumerateFiles(Path.Combine(GrafanaDirectory, "dashboards"), "*.json").Order();
}
