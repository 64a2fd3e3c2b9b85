using System.Text.Json;
using Microsoft.Playwright;

namespace QualityMap.Tests.Wall;

/// <summary>What the wall shows, read from its hidden status list (<c>#wall-status</c>) and the page around it.</summary>
public sealed record WallState(
    string Connection, string Region, string Mode, string Epoch, bool BannerShown, IReadOnlyList<WallRegion> Children, long Updates, long Repaints)
{
    private const string ReadScript = """
        () => {
          const s = document.getElementById('wall-status');
          return {
            connection: document.body.dataset.connection ?? '', region: s.dataset.region ?? '', mode: s.dataset.mode ?? '',
            epoch: s.dataset.epoch ?? '', bannerShown: !document.getElementById('banner').hidden,
            updates: Number(s.dataset.updates ?? 0), repaints: Number(s.dataset.repaints ?? 0),
            children: [...s.children].map(li => ({ code: li.dataset.code, name: li.dataset.name, colour: li.dataset.colour,
              fill: li.dataset.fill, x: Number(li.dataset.x), y: Number(li.dataset.y),
              highRisk: Number(li.dataset.highRisk), monitored: Number(li.dataset.monitored), warning: li.dataset.warning })),
          };
        }
        """;

    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web);

    public WallRegion Child(string code) => Children.Single(c => c.Code == code);

    public static async Task<WallState> ReadAsync(IPage page) =>
        (await page.EvaluateAsync<JsonElement>(ReadScript)).Deserialize<WallState>(s_json)!;

    /// <summary>Polls the page until <paramref name="condition"/> holds; fails with the last state seen after <paramref name="timeout"/>.</summary>
    public static async Task<WallState> WaitAsync(IPage page, Func<WallState, bool> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        for (;;)
        {
            var state = await ReadAsync(page);
            if (condition(state)) return state;
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The wall did not reach the expected state within {timeout.TotalSeconds} s. Last seen: {state}, " +
                    string.Join(", ", state.Children.Select(c => $"{c.Code}={c.Colour}/{c.Fill}")));
            }

            await Task.Delay(25);
        }
    }
}

/// <summary>One region on the wall: its colour, the fill the map paints it with and its centre on the page.</summary>
public sealed record WallRegion(string Code, string Name, string Colour, string Fill, double X, double Y, int HighRisk, int Monitored, string Warning);
