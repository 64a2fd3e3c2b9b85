namespace QualityMap.Benchmarks;

/// <summary>
/// A steady stream of moves into one county, as the latency and baseline parts send it: event k moves an enterprise
/// from elsewhere into a random town of <see cref="County"/>, so that county's monitored count only grows and the
/// k-th event is shown exactly when the count reaches its start plus k.
/// </summary>
public sealed record EventStream(string County, int Rate, IReadOnlyList<(string Uscc, string Town)> Moves, IReadOnlyDictionary<string, string> TownsBefore)
{
    /// <summary>Takes <paramref name="count"/> enterprises outside <paramref name="county"/> and moves them in (in <paramref name="state"/>).</summary>
    public static EventStream Next(MapState state, string county, int rate, int count, int seed)
    {
        var before = state.Population.Enterprises.ToDictionary(e => e.Uscc, e => state.TownOf(e.Uscc), StringComparer.Ordinal);
        var towns = state.Population.TownsOf(county);
        var random = new Random(seed);
        var movers = state.Population.Enterprises.Where(e => state.CountyOfTown(state.TownOf(e.Uscc)) != county).Take(count).ToList();
        if (movers.Count < count) throw new InvalidOperationException($"Only {movers.Count} enterprises are outside {county}; {count} are needed: generate a larger population.");
        var moves = movers.Select(e => (e.Uscc, towns[random.Next(towns.Count)])).ToList();
        foreach (var (uscc, town) in moves) state.Move(uscc, town);
        return new EventStream(county, rate, moves, before);
    }
}
