using Orleans;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Orleans.Hosting;
using Orleans.Runtime;
using Orleans.Storage;

namespace QualityMap.Tests.OrleansProviders;

/// <summary>
/// One Orleans silo in its own host, with grain storage and reminders on the ADO.NET providers over
/// <see cref="OrleansDatabase"/>. Membership is localhost (one node, as on SQLite) unless <c>clusterOverDatabase</c>,
/// which puts it on the ADO.NET clustering provider so several silos form one cluster.
/// </summary>
public sealed class TestSilo : IAsyncDisposable
{
    public const string StorageName = "qualitymap";
    public const string ServiceId = "qualitymap-tests";

    private readonly IHost _host;

    private TestSilo(IHost host) => _host = host;

    public IGrainFactory Grains => _host.Services.GetRequiredService<IGrainFactory>();

    /// <summary>The provider's grain storage, for writes that bypass any grain.</summary>
    public IGrainStorage Storage => _host.Services.GetRequiredKeyedService<IGrainStorage>(StorageName);

    /// <summary>What <c>Grain.RuntimeIdentity</c> answers on this silo.</summary>
    public string Identity => _host.Services.GetRequiredService<ILocalSiloDetails>().SiloAddress.ToString();

    public static async Task<TestSilo> StartAsync(OrleansDatabase database, string clusterId, bool clusterOverDatabase = false)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Logging.AddFilter(level => level >= LogLevel.Warning);
        builder.UseOrleans(silo =>
        {
            var (siloPort, gatewayPort) = (FreePort(), FreePort());
            silo.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (clusterId, ServiceId));
            if (clusterOverDatabase)
            {
                silo.UseAdoNetClustering(o => (o.Invariant, o.ConnectionString) = (database.Invariant, database.ConnectionString));
                silo.ConfigureEndpoints(IPAddress.Loopback, siloPort, gatewayPort);
            }
            else
            {
                silo.UseLocalhostClustering(siloPort, gatewayPort, serviceId: ServiceId, clusterId: clusterId);
            }

            silo.AddAdoNetGrainStorage(StorageName, o => (o.Invariant, o.ConnectionString) = (database.Invariant, database.ConnectionString));
            silo.UseAdoNetReminderService(o => (o.Invariant, o.ConnectionString) = (database.Invariant, database.ConnectionString));
            // Reminders of a second keep the tests short; Orleans warns below one minute, which is expected here.
            silo.Configure<ReminderOptions>(o => o.MinimumReminderPeriod = TimeSpan.FromSeconds(1));
        });

        var host = builder.Build();
        await host.StartAsync();
        return new TestSilo(host);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }

    // Ports the OS hands out, so tests running beside others on the machine never collide on Orleans' defaults.
    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
