using System.Net.Http.Json;
using System.Text.Json.Nodes;
using QualityMap.Tests.Live;
using QualityMap.Tests.Storage;
using Xunit.Abstractions;

namespace QualityMap.Tests.Durability;

/// <summary>
/// Two real silo processes clustered on one PostgreSQL (README "Several silos"), both taking events, each with a
/// live-map client (the official SignalR JavaScript client). Both clients see one stream: the same epoch, sequence and
/// map. The silo that runs the journal dispatcher and the live feed is then killed with SIGKILL mid-ingest; the
/// survivor goes on taking events, takes both over, and ends with every acknowledged event journaled once in one
/// intact chain and applied, a map (its region grains came back on the survivor) equal to a rebuild from the journal,
/// and a live client that was told to take a snapshot in the new epoch and shows that map.
/// </summary>
public sealed class ClusterFailoverTests(PostgresDatabase database, ITestOutputHelper output)
    : CrashTestTargets, IClassFixture<PostgresDatabase>
{
    private const string Jiaxing = "330400";
    private const string DispatchStarted = "Dispatch resumes after journal seq";

    protected override Task<StorageTarget> CreateTargetAsync() => database.NewTargetAsync();

    [Fact]
    public async Task KillingTheDispatchingSiloMidIngestLosesNothingAndTheSurvivorTakesOver()
    {
        var target = await NewTargetAsync();
        var workload = new Workload(enterprises: 160, seed: 4200);
        var ledger = new IngestLedger();
        string[] arguments = [.. target.CommandLine, "--Cluster:Membership=database", "--Dispatch:CheckpointInterval=00:00:00.200"];
        // The first silo pings the dispatch grain and subscribes to the feed grain first, and both prefer their
        // caller's silo: the dispatcher and the feed run there.
        var doomed = await SiloProcess.StartAsync(arguments);
        var survivor = await SiloProcess.StartAsync(arguments);
        await using var doomedWatch = NodeLiveClient.Start(doomed.BaseAddress, Jiaxing, doomed.Credentials.CityKey);
        await using var survivorWatch = NodeLiveClient.Start(survivor.BaseAddress, Jiaxing, survivor.Credentials.CityKey);
        try
        {
            Assert.Contains(DispatchStarted, doomed.Output);
            Assert.DoesNotContain(DispatchStarted, survivor.Output);
            await doomedWatch.SendAsync("connect");
            await survivorWatch.SendAsync("connect");

            // One live map: events taken by either silo reach both clients in the same numbered stream.
            await ledger.PostAsync(doomed.Client, workload.Registrations());
            Assert.Equal(160, ledger.Acked.Count);
            await ledger.PostAsync(survivor.Client, workload.SamplingBatch(new Random(7), 40, failedShare: 0.3));
            await DurabilityChecks.EventuallyAsync(async () =>
            {
                var (a, b) = (await doomedWatch.SendAsync("dump"), await survivorWatch.SendAsync("dump"));
                return Shown(a) == Shown(b) && Shown(a) == await MapAsync(survivor) && a["epoch"]!.ToString() == b["epoch"]!.ToString()
                       && a["seq"]!.GetValue<long>() == b["seq"]!.GetValue<long>();
            }, "the two silos' live clients never showed the same stream and map");

            using var stopDoomed = new CancellationTokenSource();
            using var stopSurvivor = new CancellationTokenSource();
            var ingestDoomed = workload.RunAsync(doomed.Client, ledger, callers: 4, stopDoomed.Token);
            var ingestSurvivor = workload.RunAsync(survivor.Client, ledger, callers: 4, stopSurvivor.Token);
            var ackedBefore = ledger.Acked.Count;
            await DurabilityChecks.EventuallyAsync(() => Task.FromResult(ledger.Acked.Count >= ackedBefore + 400), "ingestion made no progress");
            doomed.Kill();
            await stopDoomed.CancelAsync();
            await ingestDoomed;
            var ackedAtKill = ledger.Acked.Count;
            // The survivor answers all through the failover: 503 with Retry-After while the dead silo's grains (the
            // identity directory that checks API keys) cannot answer, then it takes events again.
            await DurabilityChecks.EventuallyAsync(() => Task.FromResult(ledger.Acked.Count >= ackedAtKill + 400), "the survivor took no events after the kill");
            await stopSurvivor.CancelAsync();
            await ingestSurvivor;

            // Both silos appended to one chain at once: no append failed on the other's (the journal lock).
            Assert.Equal(0, ledger.OtherStatuses);
            Assert.All(ledger.Refusals, refusal => Assert.NotNull(refusal.Headers.RetryAfter));
            var journal = await DurabilityChecks.AssertNothingAcknowledgedIsLostAsync(target, ledger);
            await DurabilityChecks.AssertRebuildEqualsLiveAsync(target, await NewTargetAsync(), journal, survivor.Client, output);
            Assert.Contains(DispatchStarted, survivor.Output);

            // The survivor's client stayed connected: told of the new epoch, it shows the map.
            JsonObject view = null!;
            await DurabilityChecks.EventuallyAsync(async () =>
            {
                view = await survivorWatch.SendAsync("dump");
                return Shown(view) == await MapAsync(survivor);
            }, () => $"the survivor's live client does not show its map: {view}");
            Assert.Empty(view["errors"]!.AsArray());
            Assert.Contains("epoch-changed", view["snapshots"]!.AsArray().Select(s => s!.GetValue<string>()));
            output.WriteLine($"{ackedAtKill - ackedBefore} events acknowledged by the two silos before the kill, "
                + $"{ledger.Acked.Count - ackedAtKill} by the survivor after, {ledger.Refusals.Count} batches refused with 503 during the failover; journal {journal.Count} records; live snapshots {view["snapshots"]!.ToJsonString()}");
        }
        catch
        {
            output.WriteLine("--- the killed silo ---\n" + doomed.Output);
            output.WriteLine("--- the survivor ---\n" + survivor.Output);
            throw;
        }
        finally
        {
            await doomed.DisposeAsync();
            await survivor.DisposeAsync();
        }
    }

    /// <summary>The city and its counties as a client's view or the HTTP map shows them: code, colour and counts.</summary>
    private static string Shown(JsonObject view) => Shown(view["regions"]!.AsArray());

    private static async Task<string> MapAsync(SiloProcess silo)
    {
        var map = (await silo.Client.GetFromJsonAsync<JsonObject>($"/api/regions/{Jiaxing}/map"))!;
        return Shown(new JsonArray([map["region"]!.DeepClone(), .. map["children"]!.AsArray().Select(c => c!.DeepClone())]));
    }

    private static string Shown(JsonArray regions) => string.Join("; ", regions
        .Select(r => $"{r!["code"]} {r["colour"]} {r["highRisk"]}/{r["monitored"]}")
        .Order(StringComparer.Ordinal));
}
