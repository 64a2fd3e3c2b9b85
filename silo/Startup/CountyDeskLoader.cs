using System.Diagnostics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using QualityMap.Grains.Credit;
using QualityMap.Grains.Regions;
using QualityMap.Grains.Supervision;
using QualityMap.Silo.Storage;

namespace QualityMap.Silo.Startup;

/// <summary>
/// Rebuilds every county supervision desk from the stored supervision states at start-up: a desk stores nothing, it
/// is a view over those states (<see cref="TaskSummaries"/> derives what each supervision grain last told its desk).
/// Each desk gets its summaries in one call, so a county's supervision gauges go from nothing to whole at once. Every
/// county of the tree is seeded, even with nothing, so each desk knows the seed is over.
/// It runs in the background once the map is served (a hosted service after the dispatcher): nationally it reads
/// 400,000 supervision states, about twice the map's start-up, and the map must not wait for task lists. Until a desk
/// is seeded it answers null (the API: 503 with Retry-After), and what supervision grains tell it meanwhile is kept.
/// Rows of <c>CountySupervisionGrain</c> that older versions stored are ignored: nothing reads them any more, and the
/// store has no delete (a row is at most one county's tasks).
/// </summary>
public sealed class CountyDeskLoader(
    IGrainStateStore states,
    IGrainFactory grains,
    RegionTree tree,
    SupervisionOptions supervision,
    CreditOptions credit,
    ILogger<CountyDeskLoader> logger) : BackgroundService
{
    private readonly TaskCompletionSource _loaded = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when every desk is seeded (faults if the load failed, is cancelled if the silo stopped first).</summary>
    public Task Loaded => _loaded.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await Task.Yield();   // the host's start-up goes on to serve
            await LoadAsync(stoppingToken);
            _loaded.TrySetResult();
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            _loaded.TrySetCanceled(stoppingToken);
        }
        catch (Exception error)
        {
            _loaded.TrySetException(error);
            logger.LogCritical(error, "The county supervision desks could not be rebuilt; their task lists answer 503 until a restart");
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        // Paged and deserialised on every core, like the map's rebuild: 400,000 supervision states nationally.
        var (summaries, read) = await ParallelStateReader.ConvertAllAsync(
            states.ReadAllAsync(nameof(SupervisionGrain), cancellationToken), CountySummary, cancellationToken);
        var byCounty = summaries.GroupBy(s => s.County, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<EnterpriseTaskSummary>)[.. g.Select(s => s.Summary)], StringComparer.Ordinal);
        logger.LogInformation("Start-up phase {Phase}: {Milliseconds} ms ({States} stored supervision states)",
            "read-supervision-states", clock.ElapsedMilliseconds, read);

        clock.Restart();
        var counties = tree.All.Where(r => r.Level == RegionLevel.County).Select(r => r.Code).Union(byCounty.Keys).ToList();
        await Task.WhenAll(counties.Select(c =>
            grains.GetGrain<ICountySupervisionGrain>(c).SeedAsync(byCounty.GetValueOrDefault(c) ?? [])));
        logger.LogInformation("Start-up phase {Phase}: {Milliseconds} ms ({Enterprises} enterprises in {Counties} counties)",
            "seed-county-desks", clock.ElapsedMilliseconds, summaries.Count, byCounty.Count);
    }

    private CountyTaskSummary? CountySummary(StoredGrainState stored)
    {
        var state = GrainStateSerializer.Deserialize<SupervisionState>(stored.Payload);
        if (state.CountyCode is not { } county || TaskSummaries.Of(stored.Key, state, supervision, credit) is not { } summary) return null;
        return TaskSummaries.IsEmpty(summary) ? null : new CountyTaskSummary(county, summary);
    }

    private sealed record CountyTaskSummary(string County, EnterpriseTaskSummary Summary);
}
