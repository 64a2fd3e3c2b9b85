using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using QualityMap.Grains.Colouring;
using QualityMap.Grains.Credit;
using QualityMap.Grains.Regions;
using QualityMap.Grains.Supervision;
using QualityMap.Grains.Warnings;
using QualityMap.Silo.Ingestion;
using QualityMap.Silo.Integrity;
using QualityMap.Silo.Storage;

namespace QualityMap.Silo.Rebuild;

/// <summary>
/// Rebuilds every grain state and the map from a journal alone: verifies the source journal's hash chain,
/// copies its records verbatim (same seqs and hashes) into an empty store, then runs the silo's own start-up
/// and dispatcher (no HTTP) over that store, which applies every record from seq 1 exactly as the live service
/// did. Finally compares the rebuilt state with the source store's state (<see cref="MapDigest"/>).
/// </summary>
public static class JournalRebuilder
{
    private const int CopyPageSize = 500;

    /// <param name="from">The store whose journal is the source (only read).</param>
    /// <param name="into">An empty store to rebuild into.</param>
    /// <param name="configuration">The service's configuration (rules, colours, regions); its Storage section is replaced by <paramref name="into"/>.</param>
    /// <param name="cancellationToken">Stops the rebuild.</param>
    public static async Task<RebuildResult> RebuildAsync(
        StorageOptions from, StorageOptions into, IConfiguration configuration, CancellationToken cancellationToken = default)
    {
        long copied = 0;
        var decisionsJournaled = false;
        await using (var source = StorageBundle.Open(from))
        await using (var target = StorageBundle.Open(into))
        {
            var verification = await JournalVerifier.VerifyAsync(source.Journal, cancellationToken: cancellationToken);
            if (!verification.Intact)
            {
                throw new InvalidOperationException($"The source journal is broken at seq {verification.FirstBrokenSeq}: {verification.Problem}. Nothing was rebuilt.");
            }
            if (await target.Journal.LastSeqAsync(cancellationToken) != 0)
            {
                throw new InvalidOperationException("The store to rebuild into is not empty: its journal has records.");
            }

            var page = new List<JournalRecord>(CopyPageSize);
            await foreach (var record in source.Journal.ReadAfterAsync(0, cancellationToken))
            {
                decisionsJournaled |= record.Kind == WarningStepJournal.Kind && WarningStepSerializer.Deserialize(record.Payload).Command is RaiseWarning;
                page.Add(record);
                if (page.Count < CopyPageSize) continue;
                await target.ImportJournalAsync(page, cancellationToken);
                copied += page.Count;
                page.Clear();
            }
            if (page.Count > 0)
            {
                await target.ImportJournalAsync(page, cancellationToken);
                copied += page.Count;
            }
        }

        var rebuilt = await ReplayAsync(into, configuration, decisionsJournaled, cancellationToken);
        MapDigest live;
        await using (var source = StorageBundle.Open(from))
        {
            live = await MapDigest.ReadAsync(source.GrainStates, rebuilt.Rules, cancellationToken);
        }
        return new RebuildResult(copied, rebuilt.Digest, live, live.Differences(rebuilt.Digest));
    }

    // A journal that records the counties' warning decisions is replayed with those decisions and no new ones. One
    // written before they were journaled has none, and its counties decide again from the counts, as its service did.
    private static async Task<(MapDigest Digest, MapRules Rules)> ReplayAsync(
        StorageOptions into, IConfiguration configuration, bool decisionsJournaled, CancellationToken cancellationToken)
    {
        var settings = new Dictionary<string, string?>
        {
            [$"{StorageOptions.SectionName}:{nameof(StorageOptions.Provider)}"] = into.Provider,
            [$"{StorageOptions.SectionName}:{nameof(StorageOptions.DataDirectory)}"] = into.DataDirectory,
            [$"{StorageOptions.SectionName}:{nameof(StorageOptions.ConnectionString)}"] = into.ConnectionString,
            ["Demo:Enabled"] = "false",
            [$"{WarningOptions.SectionName}:{nameof(WarningOptions.DecideFromCounts)}"] = (!decisionsJournaled).ToString(),
        };
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddConfiguration(configuration);
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.AddConsole().SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddQualityMapSilo(builder.Configuration);
        using var host = builder.Build();
        await host.StartAsync(cancellationToken);
        try
        {
            await MapSettling.SettleAsync(host.Services, cancellationToken);
            var rules = new MapRules(host.Services.GetRequiredService<RegionTree>(), host.Services.GetRequiredService<ColourOptions>(),
                host.Services.GetRequiredService<SupervisionOptions>(), host.Services.GetRequiredService<CreditOptions>());
            var digest = await MapDigest.ReadAsync(host.Services.GetRequiredService<IGrainStateStore>(), rules, cancellationToken);
            return (digest, rules);
        }
        finally
        {
            await host.StopAsync(CancellationToken.None);
        }
    }
}
