using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using QualityMap.Silo.Regions;
using QualityMap.Tests.EndToEnd;
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
/// due times of the dead silo's reminders fired on the survivor, and a live client that was told to take a snapshot
/// in the new epoch and shows that map. A county bureau's alert stream on the survivor hears of a warning raised by
/// events the other silo took.
/// </summary>
public sealed class ClusterFailoverTests(PostgresDatabase database, ITestOutputHelper output)
    : CrashTestTargets, IClassFixture<PostgresDatabase>
{
    private const string Jiaxing = "330400";
    private const string Pinghu = "330482";   // a county outside the workload's, turned red on purpose
    private const string DispatchStarted = "Dispatch resumes after journal seq";
    // Enterprises outside the workload whose failed sampling ages out (12-month window) just after the kill: their
    // reminders spread over both silos' parts of Orleans' ring, so about half belong to the silo that dies.
    private const int AgeingEnterprises = 16;
    private static readonly TimeSpan AgesOutAfterKill = TimeSpan.FromSeconds(25);

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

            // A county bureau connected to the survivor hears of the warning that events taken by the other silo raised.
            var pinghuKey = await TestCredentials.CountyKeyOverHttpAsync(survivor.BaseAddress, "cluster-pinghu", Pinghu);
            await using var pinghuAlerts = NodeLiveClient.Start(survivor.BaseAddress, Pinghu, pinghuKey, "alert-client.mjs");
            await pinghuAlerts.SendAsync("connect");
            await TurnRedAsync(doomed, ledger);
            await DurabilityChecks.EventuallyAsync(async () => (await pinghuAlerts.SendAsync("dump"))["alerts"]!.AsArray()
                    .Any(a => a!["kind"]!.GetValue<string>() == "warning_raised" && a["regionCode"]!.GetValue<string>() == Pinghu),
                "the survivor's county bureau never heard of the warning raised through the other silo");

            // A client whose reconnect lands on the other silo resumes there: the missed deltas, no snapshot.
            await doomedWatch.SendAsync("drop");
            await ledger.PostAsync(survivor.Client, workload.SamplingBatch(new Random(8), 40, failedShare: 0.3));
            var resumed = await doomedWatch.SendAsync($"connect-to {survivor.BaseAddress.ToString().TrimEnd('/')}");
            Assert.Equal(["subscribe"], resumed["snapshots"]!.AsArray().Select(s => s!.GetValue<string>()));
            await DurabilityChecks.EventuallyAsync(async () => Shown(await doomedWatch.SendAsync("dump")) == await MapAsync(survivor),
                "the client that resumed on the other silo does not show its map");

            using var stopDoomed = new CancellationTokenSource();
            using var stopSurvivor = new CancellationTokenSource();
            var ingestDoomed = workload.RunAsync(doomed.Client, ledger, callers: 4, stopDoomed.Token);
            var ingestSurvivor = workload.RunAsync(survivor.Client, ledger, callers: 4, stopSurvivor.Token);
            var ackedBefore = ledger.Acked.Count;
            await DurabilityChecks.EventuallyAsync(() => Task.FromResult(ledger.Acked.Count >= ackedBefore + 400), "ingestion made no progress");
            var ageing = await AgeOutSoonAsync(doomed, ledger, DateTimeOffset.UtcNow + AgesOutAfterKill);
            doomed.Kill();
            var sinceKill = Stopwatch.StartNew();
            await stopDoomed.CancelAsync();
            await ingestDoomed;
            var ackedAtKill = ledger.Acked.Count;
            // The survivor answers all through the failover: 503 with Retry-After while the dead silo's grains (the
            // identity directory that checks API keys) cannot answer, then it takes events again.
            await DurabilityChecks.EventuallyAsync(() => Task.FromResult(ledger.Acked.Count > ackedAtKill), "the survivor took no events after the kill");
            var firstIngest = sinceKill.Elapsed;
            await DurabilityChecks.EventuallyAsync(() => Task.FromResult(ledger.Acked.Count >= ackedAtKill + 400), "the survivor took too few events after the kill");
            await stopSurvivor.CancelAsync();
            await ingestSurvivor;

            // Every due time fired, those of the dead silo's reminders on the survivor (before the rebuild below, which
            // classifies at the present moment).
            TimeSpan? firstFired = null;
            await DurabilityChecks.EventuallyAsync(async () =>
            {
                var low = (await ClassesAsync(survivor, ageing)).Count(c => c == "low");
                if (low > 0) firstFired ??= sinceKill.Elapsed;
                return low == ageing.Count;
            }, "not every enterprise's evidence aged out: a reminder of the dead silo did not fire on the survivor", seconds: 120);
            var allFired = sinceKill.Elapsed;

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
            output.WriteLine($"kill -9 → first ingest acknowledged by the survivor: {firstIngest.TotalSeconds:F1} s; "
                + $"→ first reminder fired: {firstFired!.Value.TotalSeconds:F1} s, all {ageing.Count}: {allFired.TotalSeconds:F1} s (due {AgesOutAfterKill.TotalSeconds:F0} s after the kill)");
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

    /// <summary>
    /// Registers <see cref="AgeingEnterprises"/> enterprises with a failed sampling that leaves its 12-month window at
    /// <paramref name="agesOutAt"/>: each is high-risk now and has a reminder due then.
    /// </summary>
    private static async Task<List<string>> AgeOutSoonAsync(SiloProcess silo, IngestLedger ledger, DateTimeOffset agesOutAt)
    {
        var tree = RegionTreeLoader.LoadBuiltInJiaxing();
        var towns = Workload.Counties.Select(county => tree.ChildrenOf(county).First().Code).ToList();
        var usccs = Enumerable.Range(0, AgeingEnterprises).Select(i => TestEvents.Uscc(8800 + i, Workload.Counties[i % towns.Count])).ToList();
        var sampled = agesOutAt.AddMonths(-12);
        object[] events =
        [
            .. usccs.Select((u, i) => TestEvents.Registered(u, towns[i % towns.Count], sampled.AddDays(-30))),
            .. usccs.Select(u => TestEvents.Sampling(u, passed: false, sampled)),
        ];
        var batch = events.Select(e => JsonSerializer.SerializeToNode(e)!.AsObject()).ToList();
        await ledger.PostAsync(silo.Client, batch);
        Assert.All(batch, e => Assert.True(ledger.Acked.ContainsKey(e["eventId"]!.GetValue<string>())));
        await DurabilityChecks.EventuallyAsync(async () => (await ClassesAsync(silo, usccs)).All(c => c == "high"), "the ageing enterprises never turned high-risk");
        return usccs;
    }

    /// <summary>Ten enterprises in a town of 平湖, two of them failing a sampling: red (DB3304/T 056 §4.1), a formal warning.</summary>
    private static async Task TurnRedAsync(SiloProcess silo, IngestLedger ledger)
    {
        var town = RegionTreeLoader.LoadBuiltInJiaxing().ChildrenOf(Pinghu).First().Code;
        var usccs = Enumerable.Range(0, 10).Select(i => TestEvents.Uscc(8700 + i, Pinghu)).ToList();
        var day = DateTimeOffset.UtcNow.AddDays(-1);
        object[] events = [.. usccs.Select(u => TestEvents.Registered(u, town, day.AddDays(-30))), .. usccs.Take(2).Select(u => TestEvents.Sampling(u, passed: false, day))];
        var batch = events.Select(e => JsonSerializer.SerializeToNode(e)!.AsObject()).ToList();
        await ledger.PostAsync(silo.Client, batch);
        Assert.All(batch, e => Assert.True(ledger.Acked.ContainsKey(e["eventId"]!.GetValue<string>())));
    }

    private static async Task<List<string?>> ClassesAsync(SiloProcess silo, IEnumerable<string> usccs)
    {
        var classes = new List<string?>();
        foreach (var uscc in usccs)
        {
            using var response = await silo.Client.GetAsync($"/api/enterprises/{uscc}");
            classes.Add(response.IsSuccessStatusCode ? (await response.Content.ReadFromJsonAsync<JsonObject>())!["class"]!.GetValue<string>() : null);
        }
        return classes;
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
