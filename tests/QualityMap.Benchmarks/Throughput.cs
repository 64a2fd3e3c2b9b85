using System.Diagnostics;
using QualityMap.Tests.Durability;

namespace QualityMap.Benchmarks;

/// <summary>One durable-ingest run: how many events, how long until acknowledged and until the map showed them.</summary>
public sealed record ThroughputResult(
    string Dialect, int BatchSize, int Events, int Clients, TimeSpan Acknowledged, TimeSpan Shown, ServiceMetrics Metrics)
{
    public double EventsPerSecond => Events / Shown.TotalSeconds;
}

/// <summary>
/// Part 1, durable ingest end to end: <see cref="Clients"/> HTTP clients post moves in batches, each client
/// sequentially and over its own share of the population (so an enterprise's moves keep their order); timed from the
/// first post until the city's map shows every county's final count. With several silos, the clients take turns
/// over them (client c posts to silo c mod n) and the figures of every silo are added up.
/// </summary>
public static class Throughput
{
    public const int Clients = 8;

    public static async Task<ThroughputResult> RunAsync(
        string dialect, IReadOnlyList<SiloProcess> silos, MapState state, EventJson json, int batchSize, int events, int seed)
    {
        var perClient = BuildBatches(state, json, batchSize, events, seed);
        var before = await ServiceMetrics.ScrapeAsync(silos);
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(perClient.Select(async (batches, c) =>
        {
            foreach (var batch in batches) await Ingest.PostAsync(silos[c % silos.Count].Client, batch);
        }));
        var acknowledged = clock.Elapsed;
        await state.WaitUntilShownAsync(silos[0].Client, TimeSpan.FromMinutes(5));
        var shown = clock.Elapsed;
        var metrics = (await ServiceMetrics.ScrapeAsync(silos)).Since(before);
        return new ThroughputResult(dialect, batchSize, events, Clients, acknowledged, shown, metrics);
    }

    // Each client walks through its own enterprises in turn, so no enterprise appears twice in one batch; each move
    // goes to a random town of another county, so county counts change with every event.
    internal static List<List<byte[]>> BuildBatches(MapState state, EventJson json, int batchSize, int events, int seed)
    {
        var random = new Random(seed);
        var counties = state.Population.Counties;
        var shares = Enumerable.Range(0, Clients)
            .Select(c => state.Population.Enterprises.Where((_, i) => i % Clients == c).ToList()).ToList();
        var cursor = new int[Clients];
        var perClient = Enumerable.Range(0, Clients).Select(_ => new List<byte[]>()).ToList();
        var sent = 0;
        for (var c = 0; sent < events; c = (c + 1) % Clients)
        {
            var size = Math.Min(batchSize, events - sent);
            var moves = new List<string>(size);
            for (var n = 0; n < size; n++)
            {
                var enterprise = shares[c][cursor[c]++ % shares[c].Count];
                var from = state.CountyOfTown(state.TownOf(enterprise.Uscc));
                var county = counties.Where(k => k != from).ElementAt(random.Next(counties.Count - 1));
                var towns = state.Population.TownsOf(county);
                var town = towns[random.Next(towns.Count)];
                state.Move(enterprise.Uscc, town);
                moves.Add(json.Move(enterprise.Uscc, town));
            }
            perClient[c].Add(EventJson.Batch(moves));
            sent += size;
        }
        return perClient;
    }
}
