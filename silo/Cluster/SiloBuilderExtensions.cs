using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;
using Orleans.Hosting;
using Orleans.Providers;
using Orleans.Storage;
using QualityMap.Grains.Reminders;
using QualityMap.Silo.Storage;

namespace QualityMap.Silo.Cluster;

public static class SiloBuilderExtensions
{
    /// <summary>
    /// The service's Orleans silo: membership (localhost, or ADO.NET on PostgreSQL), grain state through
    /// <see cref="BatchedGrainStorage"/>, Orleans reminders in the service's own database (Orleans' ADO.NET provider on
    /// PostgreSQL, <see cref="SqliteReminderTable"/> on SQLite; the tables come from the project's migrations), and
    /// Orleans' machinery on real time.
    /// </summary>
    public static ISiloBuilder UseQualityMapCluster(this ISiloBuilder silo, IConfiguration configuration)
    {
        var settings = configuration.GetSection(ClusterSettings.SectionName).Get<ClusterSettings>() ?? new ClusterSettings();
        var problems = settings.Validate().ToList();
        if (problems.Count > 0) throw new InvalidOperationException(string.Join(" ", problems));
        var storage = configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
        var database = OrleansDatabase.For(storage);
        var (siloPort, gatewayPort) = (PortOrFree(settings.SiloPort), PortOrFree(settings.GatewayPort));

        if (settings.UsesDatabaseMembership)
        {
            if (!storage.IsPostgres) throw new InvalidOperationException("Cluster:Membership=database needs Storage:Provider=postgres.");
            silo.UseAdoNetClustering(o => (o.Invariant, o.ConnectionString) = (database.Invariant, database.ConnectionString));
            var address = string.IsNullOrWhiteSpace(settings.AdvertisedAddress) ? IPAddress.Loopback : IPAddress.Parse(settings.AdvertisedAddress);
            silo.ConfigureEndpoints(address, siloPort, gatewayPort, listenOnAnyHostAddress: address != IPAddress.Loopback);
        }
        else
        {
            silo.UseLocalhostClustering(siloPort, gatewayPort, serviceId: settings.ServiceId, clusterId: settings.ClusterId);
        }
        silo.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (settings.ClusterId, settings.ServiceId));
        silo.Configure<ClusterMembershipOptions>(o =>
        {
            o.ProbeTimeout = settings.ProbeTimeout;
            o.NumMissedProbesLimit = settings.NumMissedProbesLimit;
            o.NumVotesForDeathDeclaration = settings.NumVotesForDeathDeclaration;
            o.TableRefreshTimeout = settings.TableRefreshTimeout;
            o.IAmAliveTablePublishTimeout = settings.IAmAliveTablePublishTimeout;
        });
        silo.Configure<GrainCollectionOptions>(o => (o.CollectionAge, o.CollectionQuantum) = (settings.IdleDeactivationAge, settings.IdleCollectionInterval));

        if (settings.OrleansDashboard) silo.AddQualityMapOrleansDashboard();

        silo.Services.AddSingleton<BatchedGrainStorage>();
        // Grains without [StorageProvider] get the unkeyed storage; the keyed name serves those that ask for "Default".
        silo.Services.AddSingleton<IGrainStorage>(sp => sp.GetRequiredService<BatchedGrainStorage>());
        silo.Services.AddKeyedSingleton<IGrainStorage>(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME,
            (sp, _) => sp.GetRequiredService<BatchedGrainStorage>());
        if (storage.IsPostgres)
        {
            silo.UseAdoNetReminderService(o => (o.Invariant, o.ConnectionString) = (database.Invariant, database.ConnectionString));
            ToleratingOutages(silo.Services);
        }
        else
        {
            // SQLite has one writer: reminder writes go through the journal's (SqliteReminderTable says why).
            silo.AddReminders();
            silo.Services.AddSingleton<IReminderTable, SqliteReminderTable>();
        }
        silo.Configure<ReminderOptions>(o =>
        {
            o.MinimumReminderPeriod = OneShotReminders.RetryPeriod;
            o.ReminderLoadingWindow = settings.ReminderLoadingWindow;
        });
        silo.Services.PinOrleansMachineryToRealTime();
        return silo;
    }

    // The provider's table, wrapped so that a grain setting a due time waits a database outage out.
    private static void ToleratingOutages(IServiceCollection services)
    {
        var provider = services.Last(d => d.ServiceType == typeof(IReminderTable) && !d.IsKeyedService);
        var implementation = provider.ImplementationType ?? throw new InvalidOperationException("The reminder table is not registered by type.");
        services.Remove(provider);
        services.AddSingleton<IReminderTable>(sp => new OutageTolerantReminderTable(
            (IReminderTable)ActivatorUtilities.CreateInstance(sp, implementation), sp.GetRequiredService<IStorageDialect>()));
    }

    // 0 asks for a port the OS has free now, so tests and rebuilds beside a running silo never collide.
    private static int PortOrFree(int port)
    {
        if (port != 0) return port;
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
