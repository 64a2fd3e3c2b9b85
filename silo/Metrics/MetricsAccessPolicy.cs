using System.Net;
using Microsoft.Extensions.Options;

namespace QualityMap.Silo.Metrics;

/// <summary>Decides whether a connection may scrape, from <see cref="MetricsOptions.Port"/> and <see cref="MetricsOptions.AllowedNetworks"/>.</summary>
public sealed class MetricsAccessPolicy(IOptions<MetricsOptions> options)
{
    private readonly int _port = options.Value.Port;
    private readonly IPNetwork[] _networks = [.. options.Value.AllowedNetworks.Select(n => IPNetwork.Parse(n))];

    /// <summary>
    /// The local port, not the Host header, decides: a client cannot reach the metrics port's endpoint through the
    /// public port by naming another port in its request.
    /// </summary>
    public bool Allows(int localPort, IPAddress? remoteAddress)
    {
        if (_port != 0 && localPort != _port) return false;
        if (_networks.Length == 0) return true;
        if (remoteAddress is null) return false;
        var address = remoteAddress.IsIPv4MappedToIPv6 ? remoteAddress.MapToIPv4() : remoteAddress;
        return _networks.Any(n => n.Contains(address));
    }
}
