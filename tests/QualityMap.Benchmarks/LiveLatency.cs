using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using QualityMap.Tests.Live;

namespace QualityMap.Benchmarks;

/// <summary>Latency percentiles over every (event, connection) pair, in milliseconds.</summary>
public sealed record LatencyResult(
    int Rate, double AchievedRate, int Events, int Connections, int Missing, int Gaps, int ExtraSnapshots,
    Percentiles FromAck, Percentiles FromSend, EventStream Stream);

/// <summary>
/// Part 2, event → browser: 100 connections of the official JavaScript client in one Node process watch the city;
/// the harness sends moves into one county at a steady rate, 10 ms apart, without waiting for earlier answers, and
/// notes for every event when its batch was sent and answered; Node notes when each connection saw it.
/// </summary>
public static class LiveLatency
{
    private static readonly TimeSpan s_tick = TimeSpan.FromMilliseconds(10);

    public static async Task<IReadOnlyList<LatencyResult>> RunAsync(
        Uri baseUrl, string cityKey, HttpClient client, MapState state, EventJson json,
        int connections, IReadOnlyList<int> rates, TimeSpan duration)
    {
        var county = state.Population.Counties[0];
        await using var node = NodeLiveClient.Start(baseUrl, Population.City, cityKey, "latency-clients.mjs",
            connections.ToString(CultureInfo.InvariantCulture), county);
        await node.SendAsync("connect");
        var results = new List<LatencyResult>();
        foreach (var rate in rates)
        {
            var expected = state.ExpectedCounties()[county];
            await state.WaitUntilShownAsync(client, TimeSpan.FromMinutes(2));
            var armed = await node.SendAsync("arm");
            if (armed["bases"]!.AsArray().Select(b => (int?)b).ToList() is not [var only] || only != expected)
                throw new InvalidOperationException($"The connections do not all show {expected} in {county}: {armed.ToJsonString()}");

            var stream = EventStream.Next(state, county, rate, (int)(rate * duration.TotalSeconds), rate);
            var (sent, answered, achieved) = await SendSteadilyAsync(client, json, stream);
            await state.WaitUntilShownAsync(client, TimeSpan.FromMinutes(2));
            // The map's API shows the counts a moment before the hub's coalescing window and the socket deliver them.
            await Task.Delay(TimeSpan.FromSeconds(1));

            var file = Path.Combine(Path.GetTempPath(), $"qm-bench-acks-{Guid.NewGuid():N}.txt");
            await File.WriteAllLinesAsync(file, sent.Select((s, k) => FormattableString.Invariant($"{s:F3} {answered[k]:F3}")));
            var report = await node.SendAsync($"report {file}");
            File.Delete(file);
            results.Add(new LatencyResult(rate, achieved, stream.Moves.Count, connections,
                (int)report["missing"]!, (int)report["gaps"]!, (int)report["extraSnapshots"]!,
                Read(report["fromAck"]!, (int)report["samples"]!), Read(report["fromSend"]!, (int)report["samples"]!), stream));
        }
        return results;
    }

    private static async Task<(double[] Sent, double[] Answered, double Achieved)> SendSteadilyAsync(HttpClient client, EventJson json, EventStream stream)
    {
        var perTick = Math.Max(1, stream.Rate / 100);
        var batches = stream.Moves.Chunk(perTick).Select(c => EventJson.Batch(c.Select(m => json.Move(m.Uscc, m.Town)))).ToList();
        var sent = new double[stream.Moves.Count];
        var answered = new double[stream.Moves.Count];
        var posts = new List<Task>(batches.Count);
        var clock = Stopwatch.StartNew();
        for (var b = 0; b < batches.Count; b++)
        {
            var due = s_tick * b;
            while (clock.Elapsed < due)
            {
                var wait = due - clock.Elapsed;
                if (wait > TimeSpan.FromMilliseconds(2)) await Task.Delay(wait - TimeSpan.FromMilliseconds(1));
                else Thread.SpinWait(100);
            }
            var first = b * perTick;
            var body = batches[b];
            posts.Add(Task.Run(async () =>
            {
                var sentAt = EpochMilliseconds();
                await Ingest.PostAsync(client, body);
                var answeredAt = EpochMilliseconds();
                for (var k = first; k < Math.Min(first + perTick, sent.Length); k++) (sent[k], answered[k]) = (sentAt, answeredAt);
            }));
        }
        var sending = clock.Elapsed;
        await Task.WhenAll(posts);
        return (sent, answered, stream.Moves.Count / (sending + s_tick).TotalSeconds);
    }

    /// <summary>Epoch milliseconds with sub-millisecond precision, comparable with Node's performance.timeOrigin + performance.now().</summary>
    public static double EpochMilliseconds() => (DateTime.UtcNow.Ticks - DateTime.UnixEpoch.Ticks) / (double)TimeSpan.TicksPerMillisecond;

    private static Percentiles Read(JsonNode node, int count) =>
        new((double?)node["p50"] ?? double.NaN, (double?)node["p99"] ?? double.NaN, (double?)node["max"] ?? double.NaN, count);
}
