namespace QualityMap.Tests.Operations;

/// <summary>docker-compose.yml and the Dockerfile, checked offline (no Docker engine runs here).</summary>
public sealed class ComposeFileTests
{
    [Fact]
    public async Task ComposeFileIsValidAndNamesTheWholeStack()
    {
        var result = await ExternalTool.RunAsync("docker-compose", ["-f", "docker-compose.yml", "config"], Repository.Root);

        Assert.True(result.ExitCode == 0, result.ToString());
        foreach (var service in new[] { "silo:", "postgres:", "prometheus:", "grafana:" }) Assert.Contains($"  {service}\n", result.Output);
        Assert.Contains("Storage__Provider: postgres", result.Output);
        Assert.Contains("Metrics__Port: '9464'", result.Output);
    }

    [Fact]
    public void EveryPathTheDockerfileCopiesExists()
    {
        var sources = File.ReadLines(Path.Combine(Repository.Root, "Dockerfile"))
            .Where(l => l.StartsWith("COPY ", StringComparison.Ordinal) && !l.Contains("--from", StringComparison.Ordinal))
            .SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..^1])
            .ToList();

        Assert.NotEmpty(sources);
        Assert.All(sources, source => Assert.True(
            File.Exists(Path.Combine(Repository.Root, source)) || Directory.Exists(Path.Combine(Repository.Root, source)), source));
    }

    [Fact]
    public void ComposeMountsExistAndPointPrometheusAtTheMetricsPort()
    {
        var compose = File.ReadAllText(Path.Combine(Repository.Root, "docker-compose.yml"));
        foreach (var mount in new[] { "./dashboard/prometheus", "./dashboard/grafana/provisioning", "./dashboard/grafana/dashboards" })
        {
            Assert.Contains(mount + ":", compose);
            Assert.True(Directory.Exists(Path.Combine(Repository.Root, mount)), mount);
        }
        Assert.Contains("silo:9464", File.ReadAllText(Path.Combine(Repository.PrometheusDirectory, "prometheus.yml")));
    }
}
