using System.Diagnostics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using QualityMap.Silo.Ingestion;
using QualityMap.Silo.Storage;

namespace QualityMap.Silo.Startup;

/// <summary>
/// Runs before the dispatcher and before HTTP is served (hosted services start in registration order):
/// learns the registered enterprises from the journal and rebuilds the map from the stored states (the county
/// supervision desks follow in the background: <see cref="CountyDeskLoader"/>). Each phase logs its duration at Information, and the
/// silo logs when it serves, counted from process start: the cold start is what an operator waits for after a
/// restart, so it must be visible without a profiler.
/// </summary>
public sealed class SiloStartup(
    KnownEnterprises enterprises,
    MapRebuilder rebuilder,
    IHostApplicationLifetime lifetime,
    ILogger<SiloStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() => logger.LogInformation(
            "Start-up: serving {Seconds:F2} s after process start", SinceProcessStart().TotalSeconds));
        var clock = Stopwatch.StartNew();
        await enterprises.LoadAsync(cancellationToken);
        logger.LogInformation("Start-up phase {Phase}: {Milliseconds} ms ({Count} registered enterprises from the journal)",
            "known-enterprises", clock.ElapsedMilliseconds, enterprises.Count);
        await rebuilder.RebuildAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static TimeSpan SinceProcessStart()
    {
        using var process = Process.GetCurrentProcess();
        return DateTime.Now - process.StartTime;
    }
}
