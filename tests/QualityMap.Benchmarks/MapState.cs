using System.Net.Http.Json;
using System.Text.Json;

namespace QualityMap.Benchmarks;

/// <summary>
/// Where every enterprise of the population is now, as the harness has told the service, so the county counts the
/// map must show once it has applied everything are known in advance.
/// </summary>
public sealed class MapState
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web);
    private readonly Dictionary<string, string> _townOf;
    private readonly Dictionary<string, string> _countyOf;

    public MapState(Population population)
    {
        Population = population;
        _townOf = population.Enterprises.ToDictionary(e => e.Uscc, e => e.TownCode, StringComparer.Ordinal);
        _countyOf = population.Tree.All.Where(r => r.ParentCode is not null).ToDictionary(r => r.Code, r => r.ParentCode!, StringComparer.Ordinal);
    }

    public Population Population { get; }

    public string TownOf(string uscc) => _townOf[uscc];

    public string CountyOfTown(string town) => _countyOf[town];

    public void Move(string uscc, string town) => _townOf[uscc] = town;

    /// <summary>Monitored enterprises per county as the map must show them.</summary>
    public Dictionary<string, int> ExpectedCounties() =>
        _townOf.Values.GroupBy(CountyOfTown).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    /// <summary>Polls the city's map every 20 ms until every county shows its expected count.</summary>
    public async Task WaitUntilShownAsync(HttpClient client, TimeSpan timeout)
    {
        var expected = ExpectedCounties();
        var deadline = DateTime.UtcNow + timeout;
        Dictionary<string, int> shown = [];
        while (DateTime.UtcNow < deadline)
        {
            shown = await CountiesAsync(client);
            if (expected.All(e => shown.GetValueOrDefault(e.Key) == e.Value)) return;
            await Task.Delay(20);
        }
        throw new TimeoutException($"The map did not show the expected counts within {timeout}: expected {Describe(expected)}, shown {Describe(shown)}.");
    }

    public static async Task<Dictionary<string, int>> CountiesAsync(HttpClient client)
    {
        var map = (await client.GetFromJsonAsync<RegionMap>($"/api/regions/{Population.City}/map", s_json))!;
        return map.Children.ToDictionary(c => c.Code, c => c.Monitored, StringComparer.Ordinal);
    }

    private static string Describe(Dictionary<string, int> counts) => string.Join(", ", counts.OrderBy(c => c.Key).Select(c => $"{c.Key}={c.Value}"));

    private sealed record RegionMap(List<Summary> Children);

    private sealed record Summary(string Code, int Monitored);
}
