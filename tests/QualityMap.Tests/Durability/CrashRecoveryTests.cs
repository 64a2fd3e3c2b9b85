using System.Diagnostics;
using QualityMap.Tests.Storage;
using Xunit.Abstractions;

namespace QualityMap.Tests.Durability;

/// <summary>
/// The real service, killed with SIGKILL in the middle of concurrent ingestion, again and again. After every
/// restart: every acknowledged event is journaled and applied exactly once, no unacknowledged batch is half
/// there, and the live map and the stored state equal a rebuild from the journal alone.
/// </summary>
public abstract class CrashRecoveryTests(ITestOutputHelper output) : CrashTestTargets
{
    private const int Rounds = 5;
    private const int Callers = 8;
    [Fact]
    public async Task AcknowledgedEventsSurviveKillNineMidIngestAndTheMapEqualsARebuild()
    {
        var target = await NewTargetAsync();
        var workload = new Workload(enterprises: 160, seed: 4100);
        var ledger = new IngestLedger();
        var random = new Random(20261121);
        var arguments = target.CommandLine.Append("--Dispatch:CheckpointInterval=00:00:00.200").ToList();
        var silo = await SiloProcess.StartAsync(arguments);
        try
        {
            await ledger.PostAsync(silo.Client, workload.Registrations());
            Assert.Equal(160, ledger.Acked.Count);

            for (var round = 1; round <= Rounds; round++)
            {
                var watch = Stopwatch.StartNew();
                var ackedBefore = ledger.Acked.Count;
                using var stop = new CancellationTokenSource();
                var ingest = workload.RunAsync(silo.Client, ledger, Callers, stop.Token);
                // Kill at a random moment once this round has acknowledged some work (a fresh process on a busy
                // machine may take a while to answer its first batches).
                var threshold = ackedBefore + random.Next(20, 400);
                await DurabilityChecks.EventuallyAsync(() => Task.FromResult(ledger.Acked.Count >= threshold), "ingestion made no progress");
                await Task.Delay(random.Next(0, 300));
                silo.Kill();                      // SIGKILL while requests are in flight
                await stop.CancelAsync();
                await ingest;
                var acked = ledger.Acked.Count - ackedBefore;

                silo = await SiloProcess.StartAsync(arguments);
                var journal = await DurabilityChecks.AssertNothingAcknowledgedIsLostAsync(target, ledger);
                await DurabilityChecks.AssertRebuildEqualsLiveAsync(target, await NewTargetAsync(), journal, silo.Client, output);
                output.WriteLine($"{target.Provider} round {round}: {acked} events acknowledged before kill -9, " +
                                 $"journal {journal.Count} records, {ledger.Unacknowledged.Count} batches unacknowledged so far; " +
                                 $"round took {watch.Elapsed.TotalSeconds:F1} s");
                Assert.True(acked > 0, "nothing was acknowledged before the kill; the round proved nothing");
            }
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
}

public sealed class SqliteCrashRecoveryTests(ITestOutputHelper output) : CrashRecoveryTests(output)
{
    protected override Task<StorageTarget> CreateTargetAsync() => SqliteTarget.CreateAsync();
}

public sealed class PostgresCrashRecoveryTests(PostgresDatabase database, ITestOutputHelper output)
    : CrashRecoveryTests(output), IClassFixture<PostgresDatabase>
{
    protected override Task<StorageTarget> CreateTargetAsync() => database.NewTargetAsync();
}
