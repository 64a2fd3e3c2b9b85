namespace QualityMap.Tests.Operations;

/// <summary>The Prometheus configuration and rules under dashboard/prometheus, checked and unit-tested by promtool.</summary>
public sealed class AlertRulesTests
{
    [Fact]
    public async Task RulesAreValid()
    {
        var result = await ExternalTool.RunAsync("promtool", ["check", "rules", Repository.RulesFile], Repository.Root);
        Assert.True(result.ExitCode == 0, result.ToString());
    }

    [Fact]
    public async Task RuleUnitTestsPass()
    {
        var result = await ExternalTool.RunAsync("promtool", ["test", "rules", "tests/qualitymap.rules.test.yml"], Repository.PrometheusDirectory);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("SUCCESS", result.Output + result.Error);
    }

    [Fact]
    public async Task ComposeScrapeConfigIsValidAndLoadsTheRules()
    {
        var result = await ExternalTool.RunAsync("promtool", ["check", "config", "prometheus.yml"], Repository.PrometheusDirectory);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("1 rule files found", result.Output);
    }

    [Fact]
    public void EveryAlertHasAUnitTest()
    {
        var alerts = File.ReadLines(Repository.RulesFile)
            .Select(l => l.Trim())
            .Where(l => l.StartsWith("- alert:", StringComparison.Ordinal))
            .Select(l => l["- alert:".Length..].Trim())
            .ToList();
        var tests = File.ReadAllText(Path.Combine(Repository.PrometheusDirectory, "tests", "qualitymap.rules.test.yml"));

        Assert.NotEmpty(alerts);
        Assert.All(alerts, alert => Assert.Contains($"alertname: {alert}\n", tests));
    }
}
