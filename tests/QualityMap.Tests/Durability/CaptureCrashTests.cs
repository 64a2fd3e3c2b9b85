using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using QualityMap.Grains.Enterprises;
using QualityMap.Tests.EndToEnd;
using QualityMap.Tests.Epcis;
using QualityMap.Tests.Storage;
using QualityMap.Tests.Trace;
using Xunit.Abstractions;

namespace QualityMap.Tests.Durability;

/// <summary>
/// The real service killed with SIGKILL while sellers capture EPCIS documents: after the restart every acknowledged
/// event is there, no document is there in part, and the trace index counts exactly what the journal holds.
/// </summary>
public sealed class CaptureCrashTests(ITestOutputHelper output) : CrashTestTargets
{
    private const int DocumentSize = 50;
    private const string Lot = "CRASH-1";

    protected override Task<StorageTarget> CreateTargetAsync() => SqliteTarget.CreateAsync();

    [Fact]
    public async Task AcknowledgedCapturesSurviveKillNineAndNoDocumentIsHalfTaken()
    {
        var target = await NewTargetAsync();
        var silo = await SiloProcess.StartAsync(target.CommandLine);
        var acked = new System.Collections.Concurrent.ConcurrentBag<string>();
        try
        {
            var producer = TestEvents.Uscc(51);
            var at = DateTimeOffset.UtcNow;
            (await silo.Client.PostAsJsonAsync("/api/events", new { events = new object[]
            {
                TestBatches.Producer(producer, "330402007", at.AddDays(-3)), TestBatches.Batch(producer, Lot, at.AddDays(-1)),
            } })).EnsureSuccessStatusCode();
            await DurabilityChecks.EventuallyAsync(async () => (await silo.Client.GetAsync($"/api/batches/{TestBatches.Gtin}?lot={Lot}")).IsSuccessStatusCode,
                "the batch was not applied");
            var random = new Random(5151);
            var sellers = Enumerable.Range(0, 4).Select(_ => UnifiedSocialCreditCode.Generate(random, "330411")).ToList();
            var keys = await TestCredentials.SellerKeysOverHttpAsync(silo.BaseAddress, sellers.Select(s => (s, "330411002")));

            using var stop = new CancellationTokenSource();
            var documents = 0;
            var callers = sellers.Zip(keys).Select(async pair =>
            {
                using var client = new HttpClient { BaseAddress = silo.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
                client.DefaultRequestHeaders.Add("X-Api-Key", pair.Second);
                while (!stop.IsCancellationRequested)
                {
                    var number = Interlocked.Increment(ref documents);
                    var events = Enumerable.Range(0, DocumentSize).Select(i => TestFlow.Event("receiving", producer, pair.First, Lot, 1,
                        at.AddDays(-1).AddSeconds(number * DocumentSize + i).ToOffset(TimeSpan.FromHours(8)))).ToArray();
                    try
                    {
                        var response = await client.CaptureAsync(TestFlow.Document(events));
                        if (response.StatusCode != HttpStatusCode.Accepted) continue;
                        foreach (var id in (await response.Content.ReadFromJsonAsync<JsonObject>())!["eventIDs"]!.AsArray()) acked.Add(id!.GetValue<string>());
                    }
                    catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
                    {
                        // The kill: this document's answer never came.
                    }
                }
            }).ToList();

            await DurabilityChecks.EventuallyAsync(() => Task.FromResult(acked.Count >= 20 * DocumentSize), "capture made no progress");
            silo.Kill();
            await stop.CancelAsync();
            await Task.WhenAll(callers);
            silo = await SiloProcess.StartAsync(target.CommandLine);

            var captured = await CapturedIdsAsync(silo.Client);
            Assert.Empty(acked.Except(captured));
            Assert.Equal(0, captured.Count % DocumentSize);
            await DurabilityChecks.EventuallyAsync(async () => await ReceivedAsync(silo.Client) == captured.Count,
                $"the trace index does not count the {captured.Count} journaled events");
            output.WriteLine($"{acked.Count} events acknowledged before kill -9, {captured.Count} journaled");
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

    private static async Task<HashSet<string>> CapturedIdsAsync(HttpClient city)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        string? next = "/epcis/events?perPage=1000";
        while (next is not null)
        {
            var response = await city.GetAsync(next);
            response.EnsureSuccessStatusCode();
            var page = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            foreach (var e in page["epcisBody"]!["queryResults"]!["resultsBody"]!["eventList"]!.AsArray()) ids.Add(e!["eventID"]!.GetValue<string>());
            next = response.Headers.TryGetValues("Link", out var links) ? links.Single().Split('<', '>')[1] : null;
        }
        return ids;
    }

    private static async Task<decimal> ReceivedAsync(HttpClient city)
    {
        var holders = await city.GetFromJsonAsync<JsonObject>($"/api/batches/{TestBatches.Gtin}/holders?lot={Lot}");
        return holders!["holders"]!.AsArray().Skip(1).Sum(h => h!["received"]!.GetValue<decimal>());
    }
}
