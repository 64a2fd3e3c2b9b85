using System.Net;
using System.Net.Sockets;

namespace QualityMap.Tests;

/// <summary>Ports for the servers a test starts on the loopback interface.</summary>
public static class LoopbackPorts
{
    /// <summary>
    /// A port free at this moment: bound as port 0 and let go. Until the server binds it, anything else on the machine
    /// may take it (an outgoing connection draws from the same range); SiloProcess starts again
    /// on other ports when that happens.
    /// </summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
