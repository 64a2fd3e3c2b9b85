using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace QualityMap.Tests.Operations;

/// <summary>The provisioned dashboards' structure; their queries run against a real Prometheus in <see cref="LiveStackTests"/>.</summary>
public sealed class GrafanaDashboardTests
{
    private static string ProvisionedDatasourceUid =>
        Regex.Match(File.ReadAllText(Path.Combine(Repository.GrafanaDirectory, "provisioning", "datasources", "prometheus.yml")), @"uid:\s*(\S+)").Groups[1].Value;

    public static TheoryData<string> Dashboards => [.. Repository.DashboardFiles.Select(f => Path.GetFileName(f))];

    [Fact]
    public void TheThreeDashboardsExistWithUniqueUids()
    {
        var dashboards = Repository.DashboardFiles.Select(DashboardQueries.Load).ToList();
        var titles = dashboards.Select(d => d["title"]!.GetValue<string>()).ToList();

        Assert.Contains("Supervision overview", titles);
        Assert.Contains("Service health", titles);
        Assert.Contains("Cluster", titles);
        Assert.Equal(dashboards.Count, dashboards.Select(d => d["uid"]!.GetValue<string>()).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Dashboards))]
    public void EveryPanelQueriesTheProvisionedDatasourceAndFitsTheGrid(string file)
    {
        var dashboard = Load(file);
        var panels = dashboard["panels"]!.AsArray().Select(p => p!.AsObject()).ToList();

        Assert.Equal(panels.Count, panels.Select(p => p["id"]!.GetValue<int>()).Distinct().Count());
        foreach (var panel in panels)
        {
            var grid = panel["gridPos"]!;
            Assert.True(grid["x"]!.GetValue<int>() + grid["w"]!.GetValue<int>() <= 24, $"{panel["title"]} overflows the 24-column grid");
            if (panel["type"]!.GetValue<string>() == "row") continue;
            Assert.Equal(ProvisionedDatasourceUid, panel["datasource"]!["uid"]!.GetValue<string>());
            var targets = panel["targets"]!.AsArray();
            Assert.NotEmpty(targets);
            Assert.All(targets, t => Assert.False(string.IsNullOrWhiteSpace(t!["expr"]?.GetValue<string>()), $"{panel["title"]} has an empty query"));
        }
    }

    [Theory]
    [MemberData(nameof(Dashboards))]
    public void EveryVariableIsReplacedBeforeQueriesRun(string file)
    {
        var expressions = DashboardQueries.Expressions(Load(file));

        Assert.NotEmpty(expressions);
        Assert.All(expressions, e => Assert.DoesNotContain("$", e));
    }

    [Fact]
    public void TheDashboardProviderReadsWhereComposeMountsTheDashboards()
    {
        var provider = File.ReadAllText(Path.Combine(Repository.GrafanaDirectory, "provisioning", "dashboards", "qualitymap.yml"));
        var path = Regex.Match(provider, @"path:\s*(\S+)").Groups[1].Value;

        Assert.Contains($"./dashboard/grafana/dashboards:{path}:ro", File.ReadAllText(Path.Combine(Repository.Root, "docker-compose.yml")));
    }

    private static JsonObject Load(string file) => DashboardQueries.Load(Path.Combine(Repository.GrafanaDirectory, "dashboards", file));
}
