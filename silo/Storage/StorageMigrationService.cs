using Microsoft.Extensions.Hosting;

namespace QualityMap.Silo.Storage;

/// <summary>Migrates the schema when the host starts, so a broken database stops start-up instead of the first request.</summary>
internal sealed class StorageMigrationService(StorageMigrator migrator) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => migrator.MigrateAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
