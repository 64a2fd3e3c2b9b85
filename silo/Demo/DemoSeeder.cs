using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QualityMap.Api.Ingestion;
using QualityMap.Grains.Classification;
using QualityMap.Grains.Events;
using QualityMap.Grains.Events.Fields;
using QualityMap.Grains.Regions;

namespace QualityMap.Silo.Demo;

/// <summary>
/// Ingests the generated demo population through <see cref="IEventIngestion"/>, so it is journaled and
/// replayed exactly like real data. The journal itself is the marker of a seeded demo: when the first
/// registration's id is already there, the demo was seeded before and nothing is sent again.
/// </summary>
public sealed class DemoSeeder(
    IEventIngestion ingestion,
    RegionTree regions,
    TimeProvider time,
    ClassificationOptions classification,
    IOptions<DemoOptions> options,
    ILogger<DemoSeeder> logger)
{
    /// <summary>Events per ingest call.</summary>
    public const int BatchSize = 500;

    // Enough to see what goes wrong without flooding the log when everything does.
    private const int RejectionsLogged = 10;

    public async Task<DemoSeedResult> SeedAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var started = time.GetTimestamp();
        var data = DemoDataGenerator.Generate(regions, time.GetUtcNow(), settings.Seed, settings.Enterprises, classification);

        // The probe is the first registration: after a restart its id is in the journal, as a duplicate or, since
        // it is dated relative to the first start, as the same id with other content.
        var probe = (await ingestion.IngestAsync([data.Events[0]], cancellationToken))[0];
        if (probe.Status == IngestStatus.Duplicate || probe.Errors.Any(e => e.Rule == FieldRules.EventIdReused))
        {
            logger.LogInformation(
                "Demo data of seed {Seed} is already in the journal (event {EventId}); not seeding again", settings.Seed, probe.EventId);
            return new DemoSeedResult(data, Seeded: false);
        }

        var rejected = 0;
        rejected += CountRejections([data.Events[0]], [probe], rejected);
        for (var offset = 1; offset < data.Events.Count; offset += BatchSize)
        {
            var batch = data.Events.Skip(offset).Take(BatchSize).ToList();
            var outcomes = await ingestion.IngestAsync(batch, cancellationToken);
            rejected += CountRejections(batch, outcomes, rejected);
        }

        var towns = data.Enterprises.Select(e => e.TownCode).Distinct().Count();
        var fleet = new DemoFleet(data.Enterprises, data.Events, classification, data.GeneratedAt);
        logger.LogInformation(
            "Demo seeded: {Enterprises} enterprises in {Towns} towns, {Events} events ({Rejected} rejected), high-risk share {Share:P1}, seed {Seed}, in {Elapsed:F1} s",
            data.Enterprises.Count, towns, data.Events.Count, rejected, fleet.HighRiskShare, settings.Seed,
            time.GetElapsedTime(started).TotalSeconds);
        return new DemoSeedResult(data, Seeded: true);
    }

    // Generated events are valid by construction, so a rejection is a bug in the generator or the pipeline.
    private int CountRejections(IReadOnlyList<EnterpriseEvent> batch, IReadOnlyList<IngestOutcome> outcomes, int rejectedBefore)
    {
        Debug.Assert(batch.Count == outcomes.Count, "The ingestion answers once per event.");
        var rejected = 0;
        for (var i = 0; i < outcomes.Count; i++)
        {
            if (outcomes[i].Status != IngestStatus.Rejected)
            {
                continue;
            }

            if (rejectedBefore + rejected < RejectionsLogged)
            {
                logger.LogWarning(
                    "Demo event {EventId} ({Kind}) was rejected: {Errors}",
                    batch[i].EventId, batch[i].Kind, string.Join("; ", outcomes[i].Errors.Select(e => e.Message)));
            }

            rejected++;
        }

        return rejected;
    }
}
