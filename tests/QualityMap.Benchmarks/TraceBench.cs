using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using QualityMap.Grains.Enterprises;
using QualityMap.Tests;
using QualityMap.Tests.Durability;

namespace QualityMap.Benchmarks;

/// <summary>
/// Traceability's three figures (issue 19): durable EPCIS capture in documents of 1,000 events, the public scan page
/// at a steady 1,000 requests/s, and the reverse trace of a batch with 10,000 downstream events.
/// </summary>
public static class TraceBench
{
    public const string Gtin = "06901234567892";
    public const int CaptureClients = 8;
    public const int DocumentSize = 1_000;
    public const int Sellers = 200;
    public const int ReverseTraceEvents = 10_000;
    public const int ScanRate = 1_000;

    /// <summary>The silo settings the part needs: one address sends all the scans, beyond the public pages' limit.</summary>
    public static readonly string[] SiloArguments = ["--RateLimits:PublicPages:PermitLimit=100000000"];

    public static async Task<TraceResult> RunAsync(SiloProcess silo, bool quick)
    {
        var producer = UnifiedSocialCreditCode.Generate(new Random(19), "330402");
        await RegisterAsync(silo, producer, ["CAPTURE", "TRACE"]);
        Console.Error.WriteLine($"Trace: making {Sellers} sellers");
        var random = new Random(1919);
        var usccs = Enumerable.Range(0, Sellers).Select(_ => UnifiedSocialCreditCode.Generate(random, "330411")).Distinct().ToList();
        var keys = await TestCredentials.SellerKeysOverHttpAsync(silo.BaseAddress, usccs.Select(u => (u, "330411002")));
        var sellers = usccs.Zip(keys, (uscc, key) =>
        {
            var client = new HttpClient(new SocketsHttpHandler()) { BaseAddress = silo.BaseAddress, Timeout = TimeSpan.FromMinutes(2) };
            client.DefaultRequestHeaders.Add("X-Api-Key", key);
            return (Uscc: uscc, Client: client);
        }).ToList();

        var captureEvents = quick ? 20_000 : 200_000;
        Console.Error.WriteLine($"Trace: capturing {captureEvents:N0} events");
        var before = await ServiceMetrics.ScrapeAsync(silo);
        var documents = Enumerable.Range(0, captureEvents / DocumentSize).ToArray();
        var next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, CaptureClients).Select(async _ =>
        {
            for (var d = Interlocked.Increment(ref next); d < documents.Length; d = Interlocked.Increment(ref next))
            {
                var seller = sellers[d % sellers.Count];
                await CaptureAsync(seller.Client, Document(producer, seller.Uscc, "CAPTURE", d));
            }
        }));
        var captured = clock.Elapsed;
        var metrics = (await ServiceMetrics.ScrapeAsync(silo)).Since(before);

        Console.Error.WriteLine($"Trace: {ReverseTraceEvents:N0} events of one batch, then its reverse trace");
        for (var d = 0; d < ReverseTraceEvents / DocumentSize; d++)
        {
            var seller = sellers[d % sellers.Count];
            await CaptureAsync(seller.Client, Document(producer, seller.Uscc, "TRACE", d));
        }
        await WaitIndexedAsync(silo, ReverseTraceEvents);
        var traces = new List<double>();
        for (var i = 0; i < (quick ? 20 : 100); i++)
        {
            var started = Stopwatch.GetTimestamp();
            (await silo.Client.GetAsync($"/api/batches/{Gtin}/holders?lot=TRACE")).EnsureSuccessStatusCode();
            traces.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        Console.Error.WriteLine($"Trace: scan page at {ScanRate:N0} requests/s");
        var scans = await ScanAsync(silo, quick ? TimeSpan.FromSeconds(3) : TimeSpan.FromSeconds(15));
        return new TraceResult(captureEvents, captured, metrics, Percentiles.Of(traces), scans.Latencies, scans.Achieved, scans.Failed);
    }

    private static async Task RegisterAsync(SiloProcess silo, string producer, string[] lots)
    {
        var at = DateTimeOffset.UtcNow.AddDays(-3).ToString("O", CultureInfo.InvariantCulture);
        var events = new List<object>
        {
            new { eventId = "bench-producer", kind = "enterprise_registered", uscc = producer, occurredAt = at, name = "基准电缆有限公司",
                townCode = "330402007", products = new[] { new { code = "0801", name = "电线电缆", grade = 1 } }, address = "嘉兴市南湖区建设街道1号" },
        };
        events.AddRange(lots.Select(lot => (object)new
        {
            eventId = $"bench-batch-{lot}", kind = "batch_registered", uscc = producer, occurredAt = at, gtin = Gtin, lot,
            productionDate = DateTime.UtcNow.AddDays(-5).ToString("yyyy-MM-dd"), quantity = 1_000_000_000, productCode = "0801",
            certificate = new { number = "JC-1", issuer = "嘉兴市质量检验检测研究院", issuedOn = DateTime.UtcNow.AddDays(-4).ToString("yyyy-MM-dd") },
        }));
        (await silo.Client.PostAsJsonAsync("/api/events", new { events })).EnsureSuccessStatusCode();
        // The batches must be applied before sellers capture them.
        for (var i = 0; i < 300 && !(await silo.Client.GetAsync($"/api/batches/{Gtin}?lot=TRACE")).IsSuccessStatusCode; i++) await Task.Delay(100);
    }

    // A document of receiving events: the seller took one unit in from the producer, one event per second of a day.
    private static string Document(string producer, string seller, string lot, int document)
    {
        var json = new StringBuilder(DocumentSize * 420);
        json.Append("""{"@context":["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"],"type":"EPCISDocument","schemaVersion":"2.0","creationDate":"2026-11-20T00:00:00Z","epcisBody":{"eventList":[""");
        var day = DateTimeOffset.UtcNow.Date.AddDays(-1);
        for (var i = 0; i < DocumentSize; i++)
        {
            if (i > 0) json.Append(',');
            var time = new DateTimeOffset(day, TimeSpan.Zero).AddSeconds(document * DocumentSize + i).ToOffset(TimeSpan.FromHours(8))
                .ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture);
            json.Append(CultureInfo.InvariantCulture, $$"""{"type":"ObjectEvent","action":"OBSERVE","bizStep":"receiving","eventTime":"{{time}}","eventTimeZoneOffset":"+08:00","quantityList":[{"epcClass":"https://qm.example.gov.cn/01/{{Gtin}}/10/{{lot}}","quantity":1,"uom":"EA"}],"sourceList":[{"type":"owning_party","source":"urn:uscc:{{producer}}"}],"destinationList":[{"type":"owning_party","destination":"urn:uscc:{{seller}}"}]}""");
        }
        json.Append("]}}");
        return json.ToString();
    }

    private static async Task CaptureAsync(HttpClient seller, string document)
    {
        using var content = new StringContent(document, Encoding.UTF8, "application/ld+json");
        var response = await seller.PostAsync("/epcis/capture", content);
        if ((int)response.StatusCode != 202)
            throw new InvalidOperationException($"capture answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    // The reverse trace reads the index the dispatcher keeps; it is timed once every event is in it.
    private static async Task WaitIndexedAsync(SiloProcess silo, int events)
    {
        var deadline = DateTime.UtcNow.AddMinutes(5);
        while (DateTime.UtcNow < deadline)
        {
            var holders = await silo.Client.GetFromJsonAsync<System.Text.Json.Nodes.JsonObject>($"/api/batches/{Gtin}/holders?lot=TRACE");
            var received = holders!["holders"]!.AsArray().Skip(1).Sum(h => h!["received"]!.GetValue<decimal>());
            if (received >= events) return;
            await Task.Delay(200);
        }
        throw new TimeoutException("The trace index did not take every event in 5 minutes.");
    }

    // Requests go out on a fixed schedule whatever the answers do (an open model), so a slow answer cannot slow the load.
    private static async Task<(Percentiles Latencies, double Achieved, int Failed)> ScanAsync(SiloProcess silo, TimeSpan duration)
    {
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256 }) { BaseAddress = silo.BaseAddress };
        var path = $"/01/{Gtin}/10/TRACE";
        for (var i = 0; i < 200; i++) (await client.GetAsync(path)).EnsureSuccessStatusCode();
        var total = (int)(duration.TotalSeconds * ScanRate);
        var latencies = new double[total];
        var failed = 0;
        var tasks = new List<Task>(total);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < total; i++)
        {
            var due = TimeSpan.FromSeconds((double)i / ScanRate);
            var wait = due - clock.Elapsed;
            if (wait > TimeSpan.FromMilliseconds(1)) await Task.Delay(wait);
            var index = i;
            tasks.Add(Task.Run(async () =>
            {
                var started = Stopwatch.GetTimestamp();
                using var response = await client.GetAsync(path);
                _ = await response.Content.ReadAsByteArrayAsync();
                latencies[index] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (!response.IsSuccessStatusCode) Interlocked.Increment(ref failed);
            }));
        }
        var sent = clock.Elapsed;
        await Task.WhenAll(tasks);
        return (Percentiles.Of(latencies), total / sent.TotalSeconds, failed);
    }
}

/// <summary>The traceability figures: capture throughput with its journal figures, reverse trace and scan page latencies.</summary>
public sealed record TraceResult(
    int CaptureEvents, TimeSpan Captured, ServiceMetrics Metrics, Percentiles ReverseTrace, Percentiles Scan, double ScanRateAchieved, int ScanFailed)
{
    public double CaptureEventsPerSecond => CaptureEvents / Captured.TotalSeconds;
}
