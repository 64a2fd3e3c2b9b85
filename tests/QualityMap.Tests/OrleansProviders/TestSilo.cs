using Orleans;
using QualityMap.Silo.Cluster;
using System.Net;
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
/// which puts it on the ADO.NET clustering provider so several silos form one cluster. With a <c>clock</c>, that
/// clock becomes the host's default TimeProvider, as the project's tests do, and <see cref="OrleansClocks"/> keeps
/// Orleans' own areas on real time.
/// </summary>
public sealed class TestSilo : IAsyncDisposable
{
    public const string StorageName = "qualitymap";
    public const string ServiceId = "qualitymap-tests";

    private readonly IHost _host;
    private bool _stopped;

    private TestSilo(IHost host) => _host = host;

    public IGrainFactory Grains => _host.Services.GetRequiredService<IGrainFactory>();

    public IServiceProvider Services => _host.Services;

    /// <summary>The provider's grain storage, for writes that bypass any grain.</summary>
    public IGrainStorage Storage => _host.Services.GetRequiredKeyedService<IGrainStorage>(StorageName);

    /// <summary>What <c>Grain.RuntimeIdentity</c> answers on this silo.</summary>
    public string Identity => _host.Services.GetRequiredService<ILocalSiloDetails>().SiloAddress.ToString();

    public static async Task<TestSilo> StartAsync(
        OrleansDatabase database,
        string clusterId,
        bool clusterOverDatabase = false,
        TimeProvider? clock = null,
        Action<ISiloBuilder>? configure = null)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Logging.AddFilter(level => level >= LogLevel.Warning);
        if (clock is not null)
        {
            builder.Services.AddSingleton(clock);
            builder.Services.PinOrleansMachineryToRealTime();
        }

        builder.UseOrleans(silo =>
        {
            var (siloPort, gatewayPort) = (LoopbackPorts.Free(), LoopbackPorts.Free());
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
            configure?.Invoke(silo);
        });

        var host = builder.Build();
        await host.StartAsync();
        return new TestSilo(host);
    }

    /// <summary>Stops the silo gracefully: it leaves the cluster and hands its reminders and grains over.</summary>
    public async Task StopAsync()
    {
        if (_stopped) return;
        _stopped = true;
        await _host.StopAsync();
    }

    /// <summary>
    /// Stops the silo as a crash would, as Orleans' TestingHost kills one: an already cancelled stop skips the
    /// graceful hand-over, so the other silos must find out through failed probes.
    /// </summary>
    public async Task KillAsync()
    {
        if (_stopped) return;
        _stopped = true;
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        try
        {
            await _host.StopAsync(cancelled.Token);
        }
        catch (OperationCanceledException)
        {
            // Expected of a stop that was not allowed to finish.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _host.Dispose();
    }

    // Ports the OS hands out, so tests running beside others on the machine never collide on Orleans' defaults.
}
