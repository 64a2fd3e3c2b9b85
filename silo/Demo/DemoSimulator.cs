using System.Globalization;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QualityMap.Api.Ingestion;
using QualityMap.Grains.Classification;
using QualityMap.Grains.Events;

namespace QualityMap.Silo.Demo;

/// <summary>
/// Demo mode: once the host has started (the map is rebuilt and the dispatcher runs), seeds the demo data, then
/// sends live events at <see cref="DemoOptions.EventsPerSecond"/> with random (exponential) gaps, each dated
/// now, through <see cref="IEventIngestion"/>. A background service, so start-up never waits for the demo.
/// </summary>
public sealed class DemoSimulator(
    DemoSeeder seeder,
    DemoTrace? trace,
    IEventIngestion ingestion,
    TimeProvider time,
    ClassificationOptions classification,
    IOptions<DemoOptions> options,
    IHostApplicationLifetime lifetime,
    ILogger<DemoSimulator> logger) : BackgroundService
{
    // After a stall (a slow journal, a paused debugger) the missed events are dropped rather than sent in a burst.
    private static readonly TimeSpan s_maxLag = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan s_retryDelay = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan s_reportInterval = TimeSpan.FromMinutes(1);
    private const int MaxBatchSize = DemoSeeder.BatchSize;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await WhenStartedAsync(stoppingToken);
            DemoSeedResult seeded;
            try
            {
                seeded = await seeder.SeedAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The demo is an extra: the service itself stays up.
                logger.LogError(exception, "Seeding the demo data failed; demo mode is off until the next start");
                return;
            }

            try
            {
                // Null where a test runs the simulator alone.
                if (trace is not null) await trace.SeedAsync(seeded.Data, stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "Seeding the demo's traceability failed; the map demo goes on");
            }

            if (options.Value.EventsPerSecond > 0)
            {
                try
                {
                    await SimulateAsync(seeded.Data, stoppingToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    logger.LogError(exception, "The demo simulator failed and stopped; the seeded data stays");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private async Task WhenStartedAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var onStarted = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        await using var onStopping = stoppingToken.Register(() => started.TrySetCanceled(stoppingToken));
        await started.Task;
    }

    private async Task SimulateAsync(DemoData data, CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var start = time.GetUtcNow();
        // After a restart the data was regenerated against today, so the memory of the seeded facts is
        // approximate; the balance only needs it roughly right.
        var fleet = new DemoFleet(data.Enterprises, data.Events, classification, start);
        var random = new Random(unchecked(settings.Seed ^ (int)start.UtcTicks));
        var source = new DemoLiveEventSource(
            fleet, random, string.Create(CultureInfo.InvariantCulture, $"demo-live-{start.UtcTicks}-"), fleet.HighRiskShare);
        logger.LogInformation(
            "Demo simulator started: {Rate} events/s, holding the high-risk share near {Target:P1}", settings.EventsPerSecond, source.TargetShare);

        var meanGap = 1.0 / settings.EventsPerSecond;
        TimeSpan NextGap() => TimeSpan.FromSeconds(-Math.Log(1 - random.NextDouble()) * meanGap);

        var due = start + NextGap();
        var nextReport = start + s_reportInterval;
        long sent = 0, rejected = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = time.GetUtcNow();
            if (due > now)
            {
                await Task.Delay(due - now, time, stoppingToken);
                now = time.GetUtcNow();
            }

            if (now - due > s_maxLag)
            {
                due = now;
            }

            // Events whose time has come share one call: it keeps up at high rates.
            var batch = new List<EnterpriseEvent>();
            while (due <= now && batch.Count < MaxBatchSize)
            {
                batch.Add(source.Next(now));
                due += NextGap();
            }

            if (batch.Count > 0)
            {
                rejected += await SendAsync(batch, stoppingToken);
                sent += batch.Count;
            }

            if (now >= nextReport)
            {
                logger.LogInformation(
                    "Demo simulator: {Sent} events sent ({Rejected} rejected), high-risk share {Share:P1} (target {Target:P1})",
                    sent, rejected, fleet.HighRiskShare, source.TargetShare);
                nextReport = now + s_reportInterval;
            }
        }
    }

    private async Task<int> SendAsync(List<EnterpriseEvent> batch, CancellationToken stoppingToken)
    {
        IReadOnlyList<IngestOutcome> outcomes;
        try
        {
            outcomes = await ingestion.IngestAsync(batch, stoppingToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "Sending {Count} demo events failed; the simulator carries on in {Delay}", batch.Count, s_retryDelay);
            await Task.Delay(s_retryDelay, time, stoppingToken);
            return 0;
        }

        var rejected = 0;
        for (var i = 0; i < outcomes.Count; i++)
        {
            if (outcomes[i].Status == IngestStatus.Rejected)
            {
                // Live events are valid by construction: a rejection is a bug worth seeing.
                logger.LogWarning(
                    "Demo event {EventId} ({Kind}) was rejected: {Errors}",
                    batch[i].EventId, batch[i].Kind, string.Join("; ", outcomes[i].Errors.Select(e => e.Message)));
                rejected++;
            }
        }

        return rejected;
    }
}
