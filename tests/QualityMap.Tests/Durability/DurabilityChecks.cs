using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using QualityMap.Silo.Ingestion;
using QualityMap.Silo.Integrity;
using QualityMap.Silo.Rebuild;
using QualityMap.Silo.Storage;
using QualityMap.Tests.Storage;
using Xunit.Abstractions;

namespace QualityMap.Tests.Durability;

/// <summary>The invariants after a crash or an outage, checked against the store itself and the live service.</summary>
public static class DurabilityChecks
{
    /// <summary>
    /// Every acknowledged event is journaled under the seq it was acknowledged with; every batch that was not
    /// acknowledged is in the journal whole or not at all; the hash chain is intact. Returns the journal.
    /// </summary>
    public static async Task<List<JournalRecord>> AssertNothingAcknowledgedIsLostAsync(StorageTarget target, IngestLedger ledger)
    {
        var records = new List<JournalRecord>();
        await using (var store = target.Open())
        {
            await foreach (var record in store.Journal.ReadAfterAsync(0)) records.Add(record);
            var verification = await JournalVerifier.VerifyAsync(store.Journal);
            Assert.True(verification.Intact, verification.Problem);
        }
        var seqs = records.ToDictionary(r => r.EventId, r => r.Seq, StringComparer.Ordinal);
        foreach (var (eventId, seq) in ledger.Acked)
        {
            Assert.True(seqs.TryGetValue(eventId, out var journaled), $"acknowledged event {eventId} (seq {seq}) is not in the journal");
            Assert.Equal(seq, journaled);
        }
        foreach (var batch in ledger.Unacknowledged)
        {
            var present = batch.Count(seqs.ContainsKey);
            Assert.True(present == 0 || present == batch.Length, $"an unacknowledged batch is half journaled: {present} of {batch.Length}");
        }
        return records;
    }

    /// <summary>
    /// Waits until the service applied the whole journal (every enterprise's stored LastAppliedSeq is its last
    /// journaled seq) and settled it (the stored dispatch checkpoint reached the journal's end: everything the entries
    /// set off, warnings included, has run and is stored, write-behind states too), then rebuilds from the journal alone into <paramref name="fresh"/> and requires the rebuilt
    /// state to equal the stored state and the live service's map and warnings.
    /// </summary>
    public static async Task AssertRebuildEqualsLiveAsync(
        StorageTarget target, StorageTarget fresh, IReadOnlyList<JournalRecord> journal, HttpClient live, ITestOutputHelper output)
    {
        // Records of other grains (the counties' journaled warning decisions, supervision) have subjects of their own.
        string[] notEnterprises = [WarningStepJournal.Kind, Silo.Supervision.SupervisionJournal.TaskResultKind, Silo.Supervision.SupervisionJournal.CatalogueChangeKind];
        var lastPerEnterprise = journal.Where(r => !notEnterprises.Contains(r.Kind))
            .GroupBy(r => r.Subject).ToDictionary(g => g.Key, g => g.Max(r => r.Seq));
        var progress = "nothing read yet";
        long journalEnd = 0;
        await EventuallyAsync(async () =>
        {
            await using var store = target.Open();
            // Counties journal their warning decisions as the entries reach them: the journal may grow while it settles.
            journalEnd = await store.Journal.LastSeqAsync();
            var applied = 0;
            await foreach (var state in store.GrainStates.ReadAllAsync("EnterpriseGrain"))
            {
                var lastApplied = JsonNode.Parse(state.Payload)!["lastAppliedSeq"]!.GetValue<long>();
                if (lastPerEnterprise.TryGetValue(state.Key, out var last) && lastApplied == last) applied++;
            }
            var checkpoint = await store.Checkpoints.ReadAsync(JournalDispatcher.CheckpointName);
            var behind = lastPerEnterprise.Count - applied;
            progress = $"{behind} of {lastPerEnterprise.Count} enterprises behind their last event, checkpoint {checkpoint} of journal end {journalEnd}";
            return behind == 0 && checkpoint >= journalEnd;
        }, () => $"the service did not apply and settle the whole journal: {progress}");

        var result = await JournalRebuilder.RebuildAsync(target.Options, fresh.Options, new ConfigurationBuilder().Build());
        output.WriteLine($"rebuilt {result.JournalRecords} records: {result.Rebuilt.Enterprises.Count} enterprises, " +
                         $"{result.Rebuilt.Enterprises.Values.Count(e => e.Class == "High")} high-risk, {result.Rebuilt.Warnings.Count} warnings");
        Assert.True(result.Equal, string.Join('\n', result.Differences.Take(20)));
        Assert.Equal(journalEnd, result.JournalRecords);   // seqs run from 1 without gaps

        // The live service's in-memory map and warnings equal the rebuild: the city, its counties and their towns.
        string[] regions = ["330400", .. Workload.Counties];
        var difference = "";
        await EventuallyAsync(async () =>
        {
            var differences = new List<string>();
            foreach (var code in regions)
            {
                var map = (await live.GetFromJsonAsync<JsonObject>($"/api/regions/{code}/map"))!;
                foreach (var region in map["children"]!.AsArray().Prepend(map["region"]))
                {
                    var regionCode = region!["code"]!.GetValue<string>();
                    if (!result.Rebuilt.Regions.TryGetValue(regionCode, out var rebuilt)) continue;
                    if (Normal(region["colour"]!.GetValue<string>()) != Normal(rebuilt.Colour)
                        || region["highRisk"]!.GetValue<int>() != rebuilt.HighRisk
                        || region["monitored"]!.GetValue<int>() != rebuilt.Monitored)
                        differences.Add($"region {regionCode}: live {region["colour"]} {region["highRisk"]}/{region["monitored"]}, rebuilt {rebuilt.Colour} {rebuilt.HighRisk}/{rebuilt.Monitored}");
                }
            }
            difference = string.Join("; ", differences.Distinct());
            if (differences.Count > 0) return false;
            var warnings = (await live.GetFromJsonAsync<JsonArray>("/api/regions/330400/warnings"))!
                .Select(w => $"{w!["id"]} {Normal(w["level"]!.GetValue<string>())} {Normal(w["status"]!.GetValue<string>())}").Order().ToList();
            var expected = result.Rebuilt.Warnings.Select(w => $"{w.Key} {Normal(w.Value.Level)} {Normal(w.Value.Status)}").Order().ToList();
            difference = $"warnings: live [{string.Join(", ", warnings)}], rebuilt [{string.Join(", ", expected)}]";
            return warnings.SequenceEqual(expected);
        }, () => $"the live map or warnings differ from the rebuild; {difference}");
    }

    public static Task EventuallyAsync(Func<Task<bool>> condition, string failure, int seconds = 60) =>
        EventuallyAsync(condition, () => failure, seconds);

    /// <summary>As above, with a failure message made when it fails (say, the last progress seen).</summary>
    public static async Task EventuallyAsync(Func<Task<bool>> condition, Func<string> failure, int seconds = 60)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException(failure());
            await Task.Delay(100);
        }
    }

    private static string Normal(string value) => value.Replace("_", "", StringComparison.Ordinal).ToLowerInvariant();
}
