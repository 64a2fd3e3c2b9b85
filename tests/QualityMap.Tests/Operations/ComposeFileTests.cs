namespace QualityMap.Tests.Operations;

/// <summary>docker-compose.yml and the Dockerfile, checked offline (no Docker engine runs here).</summary>
public sealed class ComposeFileTests
{
    [Fact]
    public async Task ComposeFileIsValidAndNamesTheWholeStack()
    {
        var result = await ExternalTool.RunAsync("docker-compose", ["-f", "docker-compose.yml", "config"], Repository.Root);

        Assert.True(result.ExitCode == 0, result.ToString());
        foreach (var service in new[] { "silo-1:", "silo-2:", "postgres:", "prometheus:", "grafana:" }) Assert.Contains($"  {service}\n", result.Output);
        Assert.Contains("Storage__Provider: postgres", result.Output);
        Assert.Contains("Metrics__Port: '9464'", result.Output);
        // Two silos of one cluster: database membership, each advertising its own fixed address.
        Assert.Equal(2, CountOf(result.Output, "Cluster__Membership: database"));
        Assert.Contains("Cluster__AdvertisedAddress: 172.28.0.11", result.Output);
        Assert.Contains("Cluster__AdvertisedAddress: 172.28.0.12", result.Output);
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
        var prometheus = File.ReadAllText(Path.Combine(Repository.PrometheusDirectory, "prometheus.yml"));
        Assert.Contains("silo-1:9464", prometheus);
        Assert.Contains("silo-2:9464", prometheus);
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
