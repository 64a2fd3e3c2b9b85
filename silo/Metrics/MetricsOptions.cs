namespace QualityMap.Silo.Metrics;

/// <summary>Configuration section <see cref="SectionName"/>: where <c>/metrics</c> answers and to whom.</summary>
public sealed class MetricsOptions
{
    public const string SectionName = "Metrics";

    /// <summary>The scrape path.</summary>
    public string Path { get; set; } = "/metrics";

    /// <summary>
    /// The scrape path answers only on connections to this local port (404 on every other), so the public port never
    /// serves metrics. The silo listens on it besides its own URLs (<see cref="MetricsListenUrls"/>). 0: no port of its
    /// own, the scrape path answers on every port; only for a silo whose every port is out of the public's reach (the
    /// in-process test host).
    /// </summary>
    public int Port { get; set; } = DefaultPort;

    /// <summary>The port registered for prometheus-net's exporters, as the compose file uses.</summary>
    public const int DefaultPort = 9464;

    /// <summary>When not empty, only clients in these networks (CIDR, e.g. <c>10.0.0.0/8</c>, <c>::1/128</c>) may scrape.</summary>
    public List<string> AllowedNetworks { get; set; } = [];

    public IEnumerable<string> Validate()
    {
        if (string.IsNullOrWhiteSpace(Path) || !Path.StartsWith('/')) yield return "Metrics:Path must start with '/'.";
        if (Port is < 0 or > 65535) yield return "Metrics:Port must be between 1 and 65535, or 0 for no port of its own.";
        foreach (var network in AllowedNetworks.Where(n => !System.Net.IPNetwork.TryParse(n, out _)))
        {
            yield return $"Metrics:AllowedNetworks: '{network}' is not a CIDR network.";
        }
    }
}
