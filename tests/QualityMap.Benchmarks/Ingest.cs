using System.Net.Http.Headers;
using System.Text.Json;

namespace QualityMap.Benchmarks;

/// <summary>Posts pre-serialised batches to <c>POST /api/events</c> and insists every item was accepted.</summary>
public static class Ingest
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web);

    public static async Task PostAsync(HttpClient client, byte[] body)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await client.PostAsync("/api/events", content);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"POST /api/events answered {(int)response.StatusCode}: {text}");
        var result = JsonSerializer.Deserialize<Answer>(text, s_json)!;
        if (result.Rejected > 0) throw new InvalidOperationException($"POST /api/events rejected {result.Rejected} items: {text[..Math.Min(text.Length, 600)]}");
    }

    /// <summary>Registers the population (and lists its high-risk part) in batches of 1,000 from four clients.</summary>
    public static async Task RegisterAsync(HttpClient client, Population population, EventJson json)
    {
        await PostAllAsync(client, [.. population.Enterprises.Chunk(1000).Select(c => EventJson.Batch(c.Select(json.Registration)))]);
        await PostAllAsync(client, [.. population.Enterprises.Where(e => e.HighRisk).Chunk(1000).Select(c => EventJson.Batch(c.Select(json.Listing)))]);
    }

    private static async Task PostAllAsync(HttpClient client, IReadOnlyList<byte[]> batches)
    {
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < batches.Count) await PostAsync(client, batches[i]);
        }));
    }

    private sealed record Answer(int Accepted, int Duplicates, int Rejected);
}
