using System.Net;
using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace QualityMap.Tests.Operations;

/// <summary>
/// The real silo scraped by a real Prometheus: the exposition passes <c>promtool check metrics</c>, metrics answer
/// only on their port, the fed events are counted exactly, and the alert rules load and fire for the county the fed
/// events made red. The dashboards' queries run against a cluster (<see cref="ClusterStackTests"/>).
/// </summary>
public sealed class LiveStackTests(LiveStack stack, ITestOutputHelper output) : IClassFixture<LiveStack>
{
    [Fact]
    public async Task ScrapedExpositionPassesPromtoolCheckMetrics()
    {
        await stack.EnsureStartedAsync();
        using var response = await stack.Http.GetAsync($"{stack.MetricsUrl}/metrics");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/plain; version=0.0.4; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        var check = await ExternalTool.RunAsync("promtool", ["check", "metrics"], Repository.Root, standardInput: text);
        Assert.True(check.ExitCode == 0, check.ToString());
        output.WriteLine($"{text.Split('\n').Count(l => l.Length > 0 && l[0] != '#')} samples, {text.Length} bytes; promtool: {check.Output}{check.Error}");
    }

    [Fact]
    public async Task MetricsAnswerOnlyOnTheMetricsPort()
    {
        await stack.EnsureStartedAsync();

        using var onApiPort = await stack.Http.GetAsync($"{stack.ApiUrl}/metrics");
        using var onMetricsPort = await stack.Http.GetAsync($"{stack.MetricsUrl}/metrics");
        using var apiOnApiPort = await stack.Http.GetAsync($"{stack.ApiUrl}/api/regions/{LiveStack.RedCounty}/map");

        Assert.Equal(HttpStatusCode.NotFound, onApiPort.StatusCode);
        Assert.Equal(HttpStatusCode.OK, onMetricsPort.StatusCode);
        Assert.Equal(HttpStatusCode.OK, apiOnApiPort.StatusCode);
    }

    [Fact]
    public async Task FedEventsAreCountedByKindResultAndRule()
    {
        await stack.EnsureStartedAsync();
        var text = WithoutSiloLabel(await stack.Http.GetStringAsync($"{stack.MetricsUrl}/metrics"));

        Assert.Contains("qualitymap_events_ingested_total{kind=\"enterprise_registered\",result=\"accepted\"} 10\n", text);
        Assert.Contains("qualitymap_events_ingested_total{kind=\"enterprise_registered\",result=\"duplicate\"} 1\n", text);
        Assert.Contains("qualitymap_events_ingested_total{kind=\"enterprise_registered\",result=\"rejected\"} 1\n", text);
        Assert.Contains("qualitymap_events_ingested_total{kind=\"sampling_result\",result=\"accepted\"} 3\n", text);
        Assert.Contains("qualitymap_events_ingested_total{kind=\"sampling_result\",result=\"rejected\"} 1\n", text);
        Assert.Contains("qualitymap_events_ingested_total{kind=\"unknown\",result=\"rejected\"} 2\n", text);
        Assert.Contains("qualitymap_event_rejections_total{rule=\"unknown-enterprise\"} 1\n", text);
        Assert.Contains("qualitymap_event_rejections_total{rule=\"uscc-check-character\"} 1\n", text);
        Assert.Contains("qualitymap_reclassifications_total{direction=\"to_high\"} 2\n", text);
        Assert.Contains("qualitymap_county_colour{county=\"330402\",name=\"南湖区\"} 4\n", text);
        Assert.Contains("qualitymap_enterprises{class=\"high\",county=\"330402\",name=\"南湖区\"} 2\n", text);
        Assert.Contains("qualitymap_warnings_open{level=\"red\",state=\"open\"} 1\n", text);
        Assert.Contains("qualitymap_warning_changes_total{action=\"raised\"} 1\n", text);
        Assert.Contains("qualitymap_regions{colour=\"red\",level=\"county\"} 1\n", text);
        Assert.Contains("qualitymap_regions{colour=\"no_data\",level=\"county\"} 6\n", text);
        Assert.Matches("qualitymap_map_update_latency_seconds_count\\{level=\"county\"\\} [1-9]", text);
        Assert.Matches("qualitymap_reminders_pending [1-9]", text);
    }

    [Fact]
    public async Task EverySeriesCarriesTheSiloLabel()
    {
        await stack.EnsureStartedAsync();
        var samples = (await stack.Http.GetStringAsync($"{stack.MetricsUrl}/metrics")).Split('\n')
            .Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();

        Assert.NotEmpty(samples);
        Assert.All(samples, l => Assert.Matches("silo=\"127\\.0\\.0\\.1:[0-9]+\"", l));
    }

    // The assertions above name each series by its own labels; the silo's is the same on all of them.
    private static string WithoutSiloLabel(string text) =>
        System.Text.RegularExpressions.Regex.Replace(text, "(,silo=\"[^\"]*\"|\\{silo=\"[^\"]*\"\\})", "");

    [Fact]
    public async Task AlertRulesLoadEvaluateAndTheRedCountyFires()
    {
        await stack.EnsureStartedAsync();

        await LiveStack.EventuallyAsync("every rule evaluated", async () =>
            (await stack.Prometheus.ApiAsync("/api/v1/rules")).SelectMany(g => g!["rules"]!.AsArray()).All(r => r!["health"]!.GetValue<string>() != "unknown"));
        var rules = (await stack.Prometheus.ApiAsync("/api/v1/rules")).SelectMany(g => g!["rules"]!.AsArray()).ToList();
        Assert.Equal(File.ReadLines(Repository.RulesFile).Count(l => l.TrimStart().StartsWith("- alert:", StringComparison.Ordinal)), rules.Count);
        Assert.All(rules, r => Assert.True(r!["health"]!.GetValue<string>() == "ok", $"{r["name"]}: {r["lastError"]}"));

        await LiveStack.EventuallyAsync("CountyRed firing for 南湖区", async () =>
            (await stack.Prometheus.ApiAsync("/api/v1/alerts")).Any(a =>
                a!["labels"]!["alertname"]!.GetValue<string>() == "CountyRed"
                && a["labels"]!["county"]!.GetValue<string>() == LiveStack.RedCounty
                && a["state"]!.GetValue<string>() == "firing"));
        // Nothing else fires. (NoEventsIngested may be pending: increase() cannot count a series' first sample.)
        var firing = (await stack.Prometheus.ApiAsync("/api/v1/alerts")).Where(a => a!["state"]!.GetValue<string>() == "firing");
        Assert.All(firing, a => Assert.Equal("CountyRed", a!["labels"]!["alertname"]!.GetValue<string>()));
    }
}
