namespace QualityMap.Silo.Metrics;

/// <summary>Configuration section <see cref="SectionName"/>: where <c>/metrics</c> answers and to whom.</summary>
public sealed class MetricsOptions
{
    public const string SectionName = "Metrics";

    /// <summary>The scrape path.</summary>
    public string Path { get; set; } = "/metrics";

    /// <summary>
    /// When set, the scrape path answers only on connections to this local port (404 elsewhere), so the public
    /// port never serves metrics. The port must be one of the listen URLs (<c>--urls "http://+:8080;http://+:9464"</c>).
    /// </summary>
    public int? Port { get; set; }

    /// <summary>When not empty, only clients in these networks (CIDR, e.g. <c>10.0.0.0/8</c>, <c>::1/128</c>) may scrape.</summary>
    public List<string> AllowedNetworks { get; set; } = [];

    public IEnumerable<string> Validate()
    {
        if (string.IsNullOrWhiteSpace(Path) || !Path.StartsWith('/')) yield return "Metrics:Path must start with '/'.";
        if (Port is < 1 or > 65535) yield return "Metrics:Port must be between 1 and 65535.";
        foreach (var network in AllowedNetworks.Where(n => !System.Net.IPNetwork.TryParse(n, out _)))
        {
            yield return $"Metrics:AllowedNetworks: '{network}' is not a CIDR network.";
        }
    }
}
