using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using QualityMap.Tests.Storage;

namespace QualityMap.Tests.Durability;

/// <summary>
/// Someone with database access rewrites one journal row with SQL (past the append-only trigger). The verify
/// endpoint and the verify verb of the executable both name that row's seq; the anchor pins the head.
/// </summary>
public abstract class TamperEvidenceTests : IAsyncLifetime
{
    private StorageTarget _target = null!;

    public async Task InitializeAsync() => _target = await CreateTargetAsync();

    public async Task DisposeAsync() => await _target.DisposeAsync();

    protected abstract Task<StorageTarget> CreateTargetAsync();

    [Fact]
    public async Task VerificationNamesTheSeqOfTheAlteredRow()
    {
        var workload = new Workload(enterprises: 12, seed: 5150);
        var ledger = new IngestLedger();
        await using (var silo = await SiloProcess.StartAsync(_target.CommandLine))
        {
            await ledger.PostAsync(silo.Client, workload.Registrations());
            await ledger.PostAsync(silo.Client, workload.SamplingBatch(new Random(1), 8));
            var intact = (await silo.Client.GetFromJsonAsync<JsonObject>("/api/journal/verify"))!;
            Assert.True(intact["intact"]!.GetValue<bool>());
            Assert.Equal(20, intact["through"]!.GetValue<long>());
            var anchor = (await silo.Client.GetFromJsonAsync<JsonObject>("/api/journal/anchor"))!;
            Assert.True(anchor["chainIntact"]!.GetValue<bool>());

            await _target.TamperWithJournalAsync("payload = replace(payload, '\"passed\":', '\"passed\":!')", 15);
            await _target.TamperWithJournalAsync("subject = 'forged'", 7);

            var broken = (await silo.Client.GetFromJsonAsync<JsonObject>("/api/journal/verify"))!;
            Assert.False(broken["intact"]!.GetValue<bool>());
            Assert.Equal(7, broken["firstBrokenSeq"]!.GetValue<long>());
            // Incrementally from a checkpoint past the first forgery, the next one is found.
            var tail = (await silo.Client.GetFromJsonAsync<JsonObject>("/api/journal/verify?from=10"))!;
            Assert.Equal(15, tail["firstBrokenSeq"]!.GetValue<long>());
            Assert.Contains("15", tail["problem"]!.GetValue<string>());
        }

        var (exitCode, report) = await RunVerbAsync("verify", "--store", Spec(_target), "--from", "8");
        Assert.Equal(2, exitCode);
        Assert.Equal(15, JsonNode.Parse(report)!["firstBrokenSeq"]!.GetValue<long>());
    }

    [Fact]
    public async Task AReHashedForgeryIsCaughtByItsSuccessorOrByThePublishedAnchor()
    {
        await using var store = _target.Open();
        var appended = await store.Journal.AppendAsync([.. Enumerable.Range(1, 6).Select(i => new Silo.Storage.JournalEntry($"e{i}", "k", "s", DateTimeOffset.UtcNow, "{}"))]);
        var anchorOfFive = appended[4].Record.Hash;

        // Rewrite record 3 and give it a correct hash of its new content: only the link from 4 breaks.
        var forged = appended[2].Record with { Payload = "{\"forged\":true}" };
        await _target.TamperWithJournalAsync($"payload = '{forged.Payload}', hash = '{Silo.Storage.JournalHash.Compute(forged)}'", 3);
        var whole = await Silo.Integrity.JournalVerifier.VerifyAsync(store.Journal);
        Assert.Equal((false, 3L), (whole.Intact, whole.FirstBrokenSeq));

        // The head has no successor: a re-hashed head is caught by the anchor published before.
        var head = appended[5].Record;
        var forgedHead = appended[4].Record with { Payload = "{\"forged\":true}" };
        await _target.TamperWithJournalAsync($"payload = '{forgedHead.Payload}', hash = '{Silo.Storage.JournalHash.Compute(forgedHead)}'", 5);
        var fromAnchor = await Silo.Integrity.JournalVerifier.VerifyAsync(store.Journal, from: 6, anchorHash: anchorOfFive);
        Assert.Equal((false, 5L), (fromAnchor.Intact, fromAnchor.FirstBrokenSeq));
        Assert.NotNull(head);
    }

    private static string Spec(StorageTarget target) =>
        target is PostgresTarget postgres ? $"postgres:{postgres.ConnectionString}" : $"sqlite:{target.Options.DataDirectory}";

    private static async Task<(int ExitCode, string Output)> RunVerbAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(SiloProcess.SiloDll);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, output);
    }
}

public sealed class SqliteTamperEvidenceTests : TamperEvidenceTests
{
    protected override Task<StorageTarget> CreateTargetAsync() => SqliteTarget.CreateAsync();
}

public sealed class PostgresTamperEvidenceTests(PostgresDatabase database) : TamperEvidenceTests, IClassFixture<PostgresDatabase>
{
    protected override Task<StorageTarget> CreateTargetAsync() => database.NewTargetAsync();
}
