using System.Text.Json;
using System.Text.Json.Nodes;
using QualityMap.Grains.Regions;
using QualityMap.Silo.Regions;
using QualityMap.Tests.EndToEnd;

namespace QualityMap.Tests.Durability;

/// <summary>
/// Enterprises spread over the towns of four Jiaxing counties, registered first; afterwards only sampling
/// results arrive, some failed. A failure only ever adds high-risk enterprises, so every county's share only
/// grows whatever order concurrent batches are applied in, and the warnings (one per county that reached
/// orange, at the level of its final colour) are a function of the journal: the live state and a rebuild
/// must agree on them exactly.
/// </summary>
public sealed class Workload
{
    public static readonly string[] Counties = ["330402", "330411", "330421", "330424"];
    private static int _run;

    private readonly List<(string Uscc, string Town)> _enterprises = [];
    private readonly string _prefix = $"w{Interlocked.Increment(ref _run)}-{Guid.NewGuid():N}"[..12];
    private int _next;

    public Workload(int enterprises, int seed)
    {
        var tree = RegionTreeLoader.LoadBuiltInJiaxing();
        var towns = Counties.SelectMany(c => tree.ChildrenOf(c).Where(r => r.Level == RegionLevel.Town)).ToList();
        for (var i = 0; i < enterprises; i++)
        {
            var town = towns[i % towns.Count];
            _enterprises.Add((TestEvents.Uscc(seed + i, town.ParentCode!), town.Code));
        }
    }

    public IReadOnlyList<JsonObject> Registrations() =>
        [.. _enterprises.Select(e => ToJson(TestEvents.Registered(e.Uscc, e.Town, DateTimeOffset.UtcNow.AddDays(-30), NextId("reg"))))];

    /// <summary>A batch of sampling results for random enterprises; about <paramref name="failedShare"/> of them failed.</summary>
    public IReadOnlyList<JsonObject> SamplingBatch(Random random, int size, double failedShare = 0.03) =>
    [
        .. Enumerable.Range(0, size).Select(_ =>
        {
            var (uscc, _) = _enterprises[random.Next(_enterprises.Count)];
            return ToJson(TestEvents.Sampling(uscc, random.NextDouble() >= failedShare, DateTimeOffset.UtcNow.AddDays(-1), NextId("smp")));
        }),
    ];

    /// <summary>Posts random batches from <paramref name="callers"/> concurrent clients until cancelled.</summary>
    public Task RunAsync(HttpClient client, IngestLedger ledger, int callers, CancellationToken stop) =>
        Task.WhenAll(Enumerable.Range(0, callers).Select(c => Task.Run(async () =>
        {
            var random = new Random(c * 7919 + Environment.TickCount);
            while (!stop.IsCancellationRequested)
            {
                await ledger.PostAsync(client, SamplingBatch(random, random.Next(1, 20)));
            }
        })));

    private string NextId(string kind) => $"{_prefix}-{kind}-{Interlocked.Increment(ref _next)}";

    private static JsonObject ToJson(object value) => JsonSerializer.SerializeToNode(value)!.AsObject();
}
