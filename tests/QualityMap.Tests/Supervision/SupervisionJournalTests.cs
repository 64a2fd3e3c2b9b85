using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using QualityMap.Silo.Integrity;
using QualityMap.Silo.Rebuild;
using QualityMap.Silo.Storage;
using QualityMap.Silo.Supervision;
using QualityMap.Tests.EndToEnd;
using QualityMap.Tests.Storage;
using static QualityMap.Tests.EndToEnd.TestEvents;

namespace QualityMap.Tests.Supervision;

/// <summary>
/// Catalogue changes and task results live in the hash-chained journal: a restart keeps them, a rebuild from the
/// journal alone restores them, verify covers them and names a rewritten one.
/// </summary>
public sealed class SupervisionJournalTests : IAsyncLifetime
{
    private const string Nanhu = "330402";
    private const string Jianshe = "330402007";
    private readonly TempDirectory _data = new();
    private readonly TempDirectory _rebuilt = new();
    private readonly ManualTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        _data.Dispose();
        _rebuilt.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task TaskResultsAndCatalogueEditsAreJournaledRestoredByARebuildAndCoveredByVerify()
    {
        var uscc = Uscc(8401, Nanhu);
        string enterpriseBefore, auditBefore;
        await using (var host = new SiloHost(_data.FullName, _clock))
        {
            (await host.Client.PostAsync("/api/supervision/catalogue/import",
                new StringContent("category,code,name,grade\n电工及材料,0801,电线电缆,2\n", Encoding.UTF8, "text/csv"))).EnsureSuccessStatusCode();
            (await host.Client.PutAsJsonAsync("/api/supervision/catalogue/0801", new { category = "电工及材料", name = "电线电缆", grade = 1 })).EnsureSuccessStatusCode();
            (await host.PostEventsAsync(Registered(uscc, Jianshe, _clock.GetUtcNow().AddDays(-1)))).EnsureSuccessStatusCode();
            await host.SettleAsync();
            var taskId = await FirstSamplingAsync(host, uscc);
            var result = await host.Client.PostAsJsonAsync($"/api/supervision/enterprises/{uscc}/tasks/{taskId}/result",
                new { passed = false, findings = new[] { "导体电阻不合格" }, rectificationOrdered = true });
            result.EnsureSuccessStatusCode();
            await host.SettleAsync();

            var kinds = new List<string>();
            await foreach (var record in host.Service<IJournal>().ReadAfterAsync(0)) kinds.Add(record.Kind);
            Assert.Equal(2, kinds.Count(k => k == SupervisionJournal.CatalogueChangeKind));
            Assert.Equal(1, kinds.Count(k => k == SupervisionJournal.TaskResultKind));
            Assert.True((await JournalVerifier.VerifyAsync(host.Service<IJournal>())).Intact);
            enterpriseBefore = JournaledPart(await host.GetJsonAsync($"/api/supervision/enterprises/{uscc}"));
            auditBefore = (await host.GetJsonArrayAsync("/api/supervision/catalogue/audit")).ToJsonString();
        }

        // A restart keeps them (the dispatcher's replay skips what was applied)…
        await using (var host = new SiloHost(_data.FullName, _clock))
        {
            await host.SettleAsync();
            Assert.Equal(enterpriseBefore, JournaledPart(await host.GetJsonAsync($"/api/supervision/enterprises/{uscc}")));
            Assert.Equal(auditBefore, (await host.GetJsonArrayAsync("/api/supervision/catalogue/audit")).ToJsonString());
        }

        // …and the journal alone restores them.
        var source = new StorageOptions { Provider = StorageOptions.Sqlite, DataDirectory = _data.FullName };
        var rebuild = await JournalRebuilder.RebuildAsync(source, new StorageOptions { Provider = StorageOptions.Sqlite, DataDirectory = _rebuilt.FullName },
            new ConfigurationBuilder().Build());
        Assert.True(rebuild.Equal, string.Join('\n', rebuild.Differences));
        Assert.Contains("Reinspection follows=", rebuild.Rebuilt.Supervision[uscc], StringComparison.Ordinal);
        Assert.Contains("test-city", rebuild.Rebuilt.Supervision[SupervisionDigest.CatalogueKey], StringComparison.Ordinal);

        // Rewriting the task result is named by verify.
        var seq = (long)RawSqlite.Scalar(_data.DatabasePath, $"SELECT seq FROM journal WHERE kind = '{SupervisionJournal.TaskResultKind}'")!;
        RawSqlite.Scalar(_data.DatabasePath,
            "DROP TRIGGER journal_no_update; UPDATE journal SET payload = replace(payload, '\"passed\":false', '\"passed\":true') " +
            $"WHERE seq = {seq}; CREATE TRIGGER journal_no_update BEFORE UPDATE ON journal BEGIN SELECT RAISE(ABORT, 'journal is append-only'); END;");
        await using var store = StorageBundle.Open(source);
        var verification = await JournalVerifier.VerifyAsync(store.Journal);
        Assert.False(verification.Intact);
        Assert.Equal(seq, verification.FirstBrokenSeq);
    }

    private static async Task<string> FirstSamplingAsync(SiloHost host, string uscc)
    {
        string? id = null;
        await SiloHost.EventuallyAsync(async () =>
        {
            var response = await host.Client.GetAsync($"/api/supervision/enterprises/{uscc}");
            if (!response.IsSuccessStatusCode) return false;
            id = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["tasks"]!.AsArray()
                .Select(t => t!["task"]!).FirstOrDefault(t => t["kind"]!.GetValue<string>() == "sampling")?["id"]!.GetValue<string>();
            return id is not null;
        });
        return id!;
    }

    // The completed tasks and the re-inspections they ordered, as the API shows them.
    private static string JournaledPart(JsonObject view) => new JsonArray([.. view["tasks"]!.AsArray().Select(t => t!["task"]!)
        .Where(t => t["outcome"] is not null || t["followsTaskId"] is not null).Select(t => t.DeepClone())]).ToJsonString();
}
