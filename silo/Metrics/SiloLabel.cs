using Orleans.Runtime;

namespace QualityMap.Silo.Metrics;

/// <summary>
/// The <c>silo</c> label on every series a silo exports, so that two silos' series never collide: the silo's
/// advertised endpoint (<c>10.0.0.5:11111</c>), unique in a cluster and the same across restarts of that silo.
/// </summary>
public static class SiloLabel
{
    public const string Name = "silo";

    public static string Of(ILocalSiloDetails silo) => $"{silo.SiloAddress.Endpoint.Address}:{silo.SiloAddress.Endpoint.Port}";
}
