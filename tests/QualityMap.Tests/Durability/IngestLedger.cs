using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Nodes;

namespace QualityMap.Tests.Durability;

/// <summary>
/// What the clients were told: every event acknowledged (HTTP 200 with accepted/duplicate) and its seq, every
/// batch that got no acknowledgement (connection lost, killed service, 503), and every refusal's details.
/// </summary>
public sealed class IngestLedger
{
    public ConcurrentDictionary<string, long> Acked { get; } = new(StringComparer.Ordinal);

    public ConcurrentBag<string[]> Unacknowledged { get; } = [];

    public ConcurrentBag<HttpResponseMessage> Refusals { get; } = [];

    public int OtherStatuses;

    /// <summary>Posts one batch and records the outcome; never throws for a failed request.</summary>
    public async Task PostAsync(HttpClient client, IReadOnlyList<JsonObject> events)
    {
        var ids = events.Select(e => e["eventId"]!.GetValue<string>()).ToArray();
        HttpResponseMessage response;
        try
        {
            response = await client.PostAsJsonAsync("/api/events", new { events });
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or IOException or SocketException)
        {
            Unacknowledged.Add(ids);
            return;
        }

        if (response.StatusCode != HttpStatusCode.OK)
        {
            Unacknowledged.Add(ids);
            if (response.StatusCode == HttpStatusCode.ServiceUnavailable) Refusals.Add(response);
            else Interlocked.Increment(ref OtherStatuses);
            return;
        }

        JsonNode body;
        try
        {
            body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        }
        catch (Exception exception) when (exception is HttpRequestException or IOException or TaskCanceledException or SocketException)
        {
            // The answer was cut off: not an acknowledgement the client could rely on.
            Unacknowledged.Add(ids);
            return;
        }

        foreach (var result in body["results"]!.AsArray())
        {
            var status = result!["status"]!.GetValue<string>();
            Assert.True(status is "accepted" or "duplicate", $"unexpected item status {status}: {result.ToJsonString()}");
            Acked[result["eventId"]!.GetValue<string>()] = result["seq"]!.GetValue<long>();
        }
    }
}
