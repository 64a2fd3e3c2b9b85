using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace QualityMap.Silo.Runtime;

/// <summary>Deactivates activations idle longer than the configured age, on the injected clock.</summary>
public sealed class IdleCollectionService(
    GrainCatalog catalog,
    TimeProvider time,
    IOptions<GrainRuntimeOptions> options,
    ILogger<IdleCollectionService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.CollectionInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            var collected = catalog.CollectIdle(time.GetUtcNow() - options.Value.IdleDeactivationAge);
            if (collected > 0) logger.LogDebug("Deactivated {Count} idle grains", collected);
        }
    }
}
