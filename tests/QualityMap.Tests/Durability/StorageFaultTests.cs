using System.Net;
using System.Text.Json.Nodes;
using QualityMap.Tests.Storage;
using Xunit.Abstractions;

namespace QualityMap.Tests.Durability;

/// <summary>
/// PostgreSQL goes away under load — connections cut mid-batch, then the server stopped hard — and comes back.
/// Meanwhile ingestion answers 503 with Retry-After and a problem detail, never acknowledges what is not
/// durable, and the same service process carries on by itself once the database is back.
/// </summary>
public sealed class StorageFaultTests(ITestOutputHelper output)
{
    [Fact]
    public async Task IngestionAnswers503WhileThePostgresServerIsDownAndRecoversWithoutARestart()
    {
        await using var server = await ThrowawayPostgres.CreateAsync();
        await server.CreateDatabaseAsync("live");
        await server.CreateDatabaseAsync("rebuilt");
        var target = new PostgresTarget(server.ConnectionString("live"));
        var workload = new Workload(enterprises: 80, seed: 7700);
        var ledger = new IngestLedger();
        await using var silo = await SiloProcess.StartAsync([.. target.CommandLine, "--Storage:RetryAfter=00:00:01"]);
        try
        {
            await ledger.PostAsync(silo.Client, workload.Registrations());
            using var stop = new CancellationTokenSource();
            var ingest = workload.RunAsync(silo.Client, ledger, callers: 4, stop.Token);

            await Task.Delay(800);
            for (var i = 0; i < 3; i++)
            {
                await server.DropConnectionsAsync();          // connection lost mid-batch
                await Task.Delay(300);
            }
            await server.StopAsync();                          // database down
            var ackedWhileUp = ledger.Acked.Count;
            await Task.Delay(2500);
            var ackedWhileDown = ledger.Acked.Count - ackedWhileUp;
            var refusedWhileDown = ledger.Refusals.Count;
            await server.StartAsync();                         // and back
            var ackedBeforeRecovery = ledger.Acked.Count;
            await DurabilityChecks.EventuallyAsync(() => Task.FromResult(ledger.Acked.Count > ackedBeforeRecovery + 200),
                "ingestion did not recover after the database came back", seconds: 30);
            await stop.CancelAsync();
            await ingest;

            output.WriteLine($"acknowledged {ledger.Acked.Count}, refused with 503: {ledger.Refusals.Count} ({refusedWhileDown} by the time the server was back), " +
                             $"acknowledged while the server was down: {ackedWhileDown}");
            Assert.False(silo.HasExited);
            Assert.Equal(0, ledger.OtherStatuses);
            Assert.True(refusedWhileDown > 0, "nothing was refused while the database was down");
            foreach (var refusal in ledger.Refusals.Take(50))
            {
                Assert.Equal(HttpStatusCode.ServiceUnavailable, refusal.StatusCode);
                Assert.Equal(TimeSpan.FromSeconds(1), refusal.Headers.RetryAfter?.Delta);
                Assert.Equal("application/problem+json", refusal.Content.Headers.ContentType?.MediaType);
                var problem = JsonNode.Parse(await refusal.Content.ReadAsStringAsync())!;
                Assert.Equal("urn:qualitymap:problem:storage-unavailable", problem["type"]!.GetValue<string>());
                Assert.Equal(503, problem["status"]!.GetValue<int>());
            }

            var journal = await DurabilityChecks.AssertNothingAcknowledgedIsLostAsync(target, ledger);
            await DurabilityChecks.AssertRebuildEqualsLiveAsync(target, new PostgresTarget(server.ConnectionString("rebuilt")), journal, silo.Client, output);
        }
        catch
        {
            output.WriteLine(silo.Output);
            throw;
        }
    }
}
