using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace QualityMap.Tests.Wall;

/// <summary>
/// The data of a chart's series as ECharts holds them, read back from the chart (dashboard/wall/src/lineChart.js keeps
/// <c>getOption().series[i].data</c> on its element as data-series): one [time in ms, value or null] per point.
/// </summary>
public static class DrawnSeries
{
    public static async Task<IReadOnlyList<IReadOnlyList<(long At, decimal? Value)>>?> ReadAsync(IPage page, string selector)
    {
        var json = await page.GetAttributeAsync(selector, "data-series");
        if (json is null) return null;
        return [.. JsonNode.Parse(json)!.AsArray().Select(series => (IReadOnlyList<(long, decimal?)>)[.. series!.AsArray().Select(Point)])];
    }

    public static async Task<IReadOnlyList<(long At, decimal? Value)>> WaitAsync(
        IPage page, string selector, Func<IReadOnlyList<(long At, decimal? Value)>, bool> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        for (;;)
        {
            var drawn = await ReadAsync(page, selector);
            if (drawn is [var first, ..] && condition(first)) return first;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"{selector} did not draw the expected series within {timeout.TotalSeconds} s; last drawn: "
                    + (drawn is [var last, ..] ? string.Join(" ", last.Select(p => $"[{p.At},{p.Value}]")) : "nothing"));
            await Task.Delay(50);
        }
    }

    /// <summary>What the API's points should draw: [time, share] each.</summary>
    public static IReadOnlyList<(long At, decimal? Value)> SharesOf(JsonNode trend) => [.. trend["points"]!.AsArray().Select(p =>
        (p!["at"]!.GetValue<DateTimeOffset>().ToUnixTimeMilliseconds(), p["sharePercent"]?.GetValue<decimal>()))];

    private static (long, decimal?) Point(JsonNode? point)
    {
        var pair = point!.AsArray();
        return (pair[0]!.GetValue<long>(), pair[1] is { } value && value.GetValueKind() == JsonValueKind.Number ? value.GetValue<decimal>() : null);
    }
}
