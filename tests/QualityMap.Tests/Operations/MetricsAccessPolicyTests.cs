using System.Net;
using Microsoft.Extensions.Options;
using QualityMap.Silo.Metrics;

namespace QualityMap.Tests.Operations;

public sealed class MetricsAccessPolicyTests
{
    [Fact]
    public void WithoutAPortOfItsOwnEveryConnectionMayScrape() =>
        Assert.True(Policy(new MetricsOptions { Port = 0 }).Allows(5080, IPAddress.Parse("203.0.113.9")));

    [Fact]
    public void ByDefaultOnlyConnectionsToTheMetricsPortMayScrape()
    {
        var policy = Policy(new MetricsOptions());

        Assert.True(policy.Allows(9464, IPAddress.Loopback));
        Assert.False(policy.Allows(5080, IPAddress.Loopback));
        Assert.False(policy.Allows(0, null));                   // the in-process test server has no port
    }

    [Fact]
    public void AllowedNetworksAdmitOnlyTheirAddressesIncludingIPv4MappedOnes()
    {
        var policy = Policy(new MetricsOptions { Port = 0, AllowedNetworks = ["10.0.0.0/8", "::1/128"] });

        Assert.True(policy.Allows(80, IPAddress.Parse("10.1.2.3")));
        Assert.True(policy.Allows(80, IPAddress.Parse("::ffff:10.1.2.3")));
        Assert.True(policy.Allows(80, IPAddress.IPv6Loopback));
        Assert.False(policy.Allows(80, IPAddress.Parse("192.168.1.1")));
        Assert.False(policy.Allows(80, null));
    }

    [Fact]
    public void InvalidOptionsAreNamed()
    {
        var errors = new MetricsOptions { Path = "metrics", Port = 70000, AllowedNetworks = ["10.0.0.0/33"] }.Validate().ToList();

        Assert.Equal(3, errors.Count);
        Assert.Contains(errors, e => e.Contains("Metrics:Path", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("Metrics:Port", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("10.0.0.0/33", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(null, null, "http://localhost:5000;http://localhost:9464")]                    // ASP.NET Core's default
    [InlineData("http://localhost:5080", null, "http://localhost:5080;http://localhost:9464")] // the README's run command
    [InlineData("http://+:8080;http://+:9464", null, "http://+:8080;http://+:9464")]           // listed already (compose)
    [InlineData(null, "8080", "http://*:8080;http://*:9464")]                                   // ASPNETCORE_HTTP_PORTS
    [InlineData("https://10.0.0.5:443", null, "https://10.0.0.5:443;http://10.0.0.5:9464")]    // plain HTTP for Prometheus
    public void TheSiloAlsoListensOnTheMetricsPortOnTheHostOfItsFirstUrl(string? urls, string? httpPorts, string expected) =>
        Assert.Equal(expected, string.Join(';', MetricsListenUrls.With(urls, httpPorts, MetricsOptions.DefaultPort)));

    private static MetricsAccessPolicy Policy(MetricsOptions options) => new(Options.Create(options));
}
