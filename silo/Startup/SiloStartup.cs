using Microsoft.Extensions.Hosting;
using QualityMap.Silo.Ingestion;
using QualityMap.Silo.Storage;

namespace QualityMap.Silo.Startup;

/// <summary>
/// Runs before the dispatcher and before HTTP is served (hosted services start in registration order):
/// learns the registered enterprises from the journal, rebuilds the map from the stored states and loads the county
/// supervision desks.
/// </summary>
public sealed class SiloStartup(IJournal journal, KnownEnterprises enterprises, MapRebuilder rebuilder, CountyDeskLoader desks) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await enterprises.LoadAsync(journal, cancellationToken);
        await rebuilder.RebuildAsync(cancellationToken);
        await desks.LoadAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
