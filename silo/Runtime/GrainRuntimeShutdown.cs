using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace QualityMap.Silo.Runtime;

/// <summary>
/// Lets every activation run the calls already queued to it, and deactivate, before the host goes on to dispose the
/// storage. Registered ahead of the reminders, the start-up, the dispatcher and the demo, so it stops after them (a host
/// stops its services in reverse order): the dispatcher has stopped handing out events, and what the last events set off — one-way notifications,
/// alerts, their state writes — is finished instead of failing against a disposed store.
/// </summary>
public sealed class GrainRuntimeShutdown(GrainCatalog catalog, ILogger<GrainRuntimeShutdown> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        var active = catalog.Count;
        try
        {
            await catalog.DeactivateAllAsync().WaitAsync(cancellationToken);
            logger.LogInformation("Deactivated {Count} grains at shutdown", active);
        }
        catch (Exception e) when (e is OperationCanceledException or TimeoutException)
        {
            // Nothing acknowledged is lost: the journal holds it, and a start-up replays it after the checkpoint.
            logger.LogWarning("Shutdown did not wait for all {Count} grains to finish their queued calls: {Reason}", active, e.Message);
        }
    }
}
