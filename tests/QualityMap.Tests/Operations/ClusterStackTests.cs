using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace QualityMap.Tests.Operations;

/// <summary>
/// The two-silo cluster scraped by a real Prometheus: every query of every Grafana dashboard runs and returns series,
/// the cluster board sees both silos apart, and the alert rules evaluate on the cluster's series.
/// </summary>
public sealed class ClusterStackTests(ClusterStack cluster, ITestOutputHelper output) : IClassFixture<ClusterStack>
{
    private PrometheusServer Prometheus => cluster.Prometheus;

    [Fact]
    public async Task EveryDashboardQueryRunsAndReturnsSeries()
    {
        var failures = new List<string>();
        var count = 0;
        foreach (var file in Repository.DashboardFiles)
        {
            foreach (var expression in DashboardQueries.Expressions(DashboardQueries.Load(file)))
            {
                count++;
                try
                {
                    var result = (await Prometheus.QueryAsync(expression))["result"]!;
                    if (result is JsonArray { Count: 0 }) failures.Add($"{Path.GetFileName(file)}: no data: {expression}");
                    output.WriteLine($"{Path.GetFileName(file)}: {Summary(result)}  {expression}");
                }
                catch (InvalidOperationException invalid)
                {
                    failures.Add($"{Path.GetFileName(file)}: invalid: {invalid.Message}");
                }
            }
        }

        Assert.True(count > 50, $"only {count} queries found");
        Assert.True(failures.Count == 0, string.Join('\n', failures));
        await ReportLatenciesAsync();
    }

    [Fact]
    public async Task TheClusterBoardTellsTheTwoSilosApart()
    {
        Assert.Equal(2, await Prometheus.ScalarAsync("sum(up{job=\"qualitymap\"})"));
        Assert.Equal(2, await Prometheus.ScalarAsync("max without (instance, silo) (qualitymap_cluster_silos{status=\"active\"})"));
        Assert.Equal(0, await Prometheus.ScalarAsync("max without (instance, silo) (qualitymap_cluster_silos{status=\"dead\"})"));
        // One silo runs the dispatcher; its progress is reported by that silo alone.
        Assert.Equal(1, await Prometheus.ScalarAsync("sum(qualitymap_dispatch_running)"));
        Assert.Equal(1, await Prometheus.ScalarAsync("count(qualitymap_dispatch_backlog_events)"));
        // Each silo's series carry its own silo label: both hold grains, took events, serve a live client.
        foreach (var family in new[] { "qualitymap_grains_active", "orleans_catalog_activations", "qualitymap_events_received_total", "qualitymap_signalr_connections" })
            Assert.Equal(2, await Prometheus.ScalarAsync($"count(count by (silo) ({family}))"));
        Assert.Equal(
            cluster.Silos.Count,
            (await Prometheus.QueryAsync("count by (silo, instance) (qualitymap_build_info)"))["result"]!.AsArray().Count);
    }

    [Fact]
    public async Task AlertRulesEvaluateOnTheClusterAndOnlyTheRedCountyFires()
    {
        await LiveStack.EventuallyAsync("every rule evaluated", async () =>
            (await Prometheus.ApiAsync("/api/v1/rules")).SelectMany(g => g!["rules"]!.AsArray()).All(r => r!["health"]!.GetValue<string>() != "unknown"));
        var rules = (await Prometheus.ApiAsync("/api/v1/rules")).SelectMany(g => g!["rules"]!.AsArray()).ToList();
        Assert.All(rules, r => Assert.True(r!["health"]!.GetValue<string>() == "ok", $"{r["name"]}: {r["lastError"]}"));

        await LiveStack.EventuallyAsync("CountyRed firing for 南湖区", async () =>
            (await Prometheus.ApiAsync("/api/v1/alerts")).Any(a =>
                a!["labels"]!["alertname"]!.GetValue<string>() == "CountyRed"
                && a["labels"]!["county"]!.GetValue<string>() == ClusterStack.RedCounty
                && a["state"]!.GetValue<string>() == "firing"));
        var firing = (await Prometheus.ApiAsync("/api/v1/alerts")).Where(a => a!["state"]!.GetValue<string>() == "firing");
        Assert.All(firing, a => Assert.Equal("CountyRed", a!["labels"]!["alertname"]!.GetValue<string>()));
    }

    private static string Summary(JsonNode result) => result is JsonArray series
        ? $"{series.Count} series, e.g. {(series.Count > 0 ? series[0]!["metric"]!.ToJsonString() + " = " + series[0]!["value"]![1] : "-")}"
        : result.ToJsonString();

    // Figures for the record: what this machine measured while the tests fed the cluster.
    private async Task ReportLatenciesAsync()
    {
        foreach (var (name, query) in new[]
        {
            ("journal commit p50", "histogram_quantile(0.5, sum by (le) (qualitymap_journal_commit_duration_seconds_bucket))"),
            ("journal commit p99", "histogram_quantile(0.99, sum by (le) (qualitymap_journal_commit_duration_seconds_bucket))"),
            ("event→county map p50", "histogram_quantile(0.5, sum by (le) (qualitymap_map_update_latency_seconds_bucket{level=\"county\"}))"),
            ("event→county map p99", "histogram_quantile(0.99, sum by (le) (qualitymap_map_update_latency_seconds_bucket{level=\"county\"}))"),
            ("grain call p99", "histogram_quantile(0.99, sum by (le) (qualitymap_grain_call_duration_seconds_bucket))"),
            ("storage write p99", "histogram_quantile(0.99, sum by (le) (orleans_storage_write_latency_seconds_bucket))"),
        })
        {
            output.WriteLine($"{name}: {await Prometheus.ScalarAsync(query):0.######} s");
        }
    }
}
