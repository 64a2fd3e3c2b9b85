using System.Text.Json.Nodes;
using QualityMap.Silo.Ingestion;
using QualityMap.Tests.Storage;
using Xunit.Abstractions;

namespace QualityMap.Tests.Durability;

/// <summary>
/// Write-behind grain state under <c>kill -9</c>: the silo holds enterprise states queued for seconds (they are
/// stored only when the dispatcher's checkpoint asks), so the kill finds many acknowledged and applied events whose
/// states were never stored. Read straight from the store after the kill, the checkpoint never passes a journal
/// entry whose resulting state is not stored; after the restart every acknowledged event is applied and the map
/// equals a rebuild from the journal.
/// </summary>
public abstract class WriteBehindCrashTests(ITestOutputHelper output) : CrashTestTargets
{
    private const int Rounds = 3;
    [Fact]
    public async Task TheCheckpointNeverPassesUnstoredStateAndEveryAcknowledgedEventIsAppliedAfterKillNine()
    {
        var target = await NewTargetAsync();
        var workload = new Workload(enterprises: 120, seed: 5200);
        var ledger = new IngestLedger();
        var random = new Random(20261122);
        // States wait up to a minute unless a checkpoint (every 700 ms) flushes them.
        string[] holding = ["--Grains:WriteBehind=true", "--Grains:WriteBehindDelay=00:01:00", "--Dispatch:CheckpointInterval=00:00:00.700"];
        var silo = await SiloProcess.StartAsync([.. target.CommandLine, .. holding]);
        var unstoredSeen = 0;
        try
        {
            await ledger.PostAsync(silo.Client, workload.Registrations());
            for (var round = 1; round <= Rounds; round++)
            {
                for (var batch = 0; batch < 30; batch++) await ledger.PostAsync(silo.Client, workload.SamplingBatch(random, 20, failedShare: 0.05));
                await Task.Delay(random.Next(0, 900));
                silo.Kill();

                var (checkpoint, unstored) = await AssertCheckpointCoversStoredStatesAsync(target);
                unstoredSeen += unstored;
                output.WriteLine($"{target.Provider} round {round}: killed with checkpoint {checkpoint}; {unstored} enterprises' latest applied events were not stored");

                silo = await SiloProcess.StartAsync(round == Rounds ? [.. target.CommandLine, "--Grains:WriteBehind=true"] : [.. target.CommandLine, .. holding]);
            }
            var journal = await DurabilityChecks.AssertNothingAcknowledgedIsLostAsync(target, ledger);
            await DurabilityChecks.AssertRebuildEqualsLiveAsync(target, await NewTargetAsync(), journal, silo.Client, output);
            Assert.Equal(ledger.Acked.Count, journal.Count);
            Assert.True(unstoredSeen > 0, "no kill found a state still queued: the test proved nothing about write-behind");
        }
        catch
        {
            output.WriteLine(silo.Output);
            throw;
        }
        finally
        {
            await silo.DisposeAsync();
        }
    }

    /// <summary>
    /// For every enterprise, its stored state has applied at least its last journal entry at or below the stored
    /// checkpoint (a replay from the checkpoint could not restore anything older). Returns the checkpoint and how many
    /// enterprises are behind their last journaled entry (lost with the queue, to be replayed).
    /// </summary>
    private static async Task<(long Checkpoint, int Unstored)> AssertCheckpointCoversStoredStatesAsync(StorageTarget target)
    {
        await using var store = target.Open();
        var checkpoint = await store.Checkpoints.ReadAsync(JournalDispatcher.CheckpointName);
        var lastCovered = new Dictionary<string, long>(StringComparer.Ordinal);
        var lastJournaled = new Dictionary<string, long>(StringComparer.Ordinal);
        await foreach (var record in store.Journal.ReadAfterAsync(0))
        {
            lastJournaled[record.Subject] = record.Seq;
            if (record.Seq <= checkpoint) lastCovered[record.Subject] = record.Seq;
        }
        var stored = new Dictionary<string, long>(StringComparer.Ordinal);
        await foreach (var state in store.GrainStates.ReadAllAsync("EnterpriseGrain"))
            stored[state.Key] = JsonNode.Parse(state.Payload)!["lastAppliedSeq"]!.GetValue<long>();
        foreach (var (uscc, seq) in lastCovered)
        {
            var applied = stored.GetValueOrDefault(uscc);
            Assert.True(applied >= seq, $"checkpoint {checkpoint} passed seq {seq} of {uscc}, whose stored state applied only up to {applied}");
        }
        return (checkpoint, lastJournaled.Count(j => stored.GetValueOrDefault(j.Key) < j.Value));
    }
}

public sealed class SqliteWriteBehindCrashTests(ITestOutputHelper output) : WriteBehindCrashTests(output)
{
    protected override Task<StorageTarget> CreateTargetAsync() => SqliteTarget.CreateAsync();
}

public sealed class PostgresWriteBehindCrashTests(PostgresDatabase database, ITestOutputHelper output)
    : WriteBehindCrashTests(output), IClassFixture<PostgresDatabase>
{
    protected override Task<StorageTarget> CreateTargetAsync() => database.NewTargetAsync();
}
