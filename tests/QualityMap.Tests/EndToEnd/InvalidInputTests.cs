using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using static QualityMap.Tests.EndToEnd.TestEvents;

namespace QualityMap.Tests.EndToEnd;

/// <summary>Bad input gets a problem detail naming the field and the rule, and nothing is stored.</summary>
public sealed class InvalidInputTests() : SiloTest(settings: new() { ["Ingestion:MaxBatchItems"] = "50" })
{
    private const string Town = "330402007";

    public static TheoryData<string, string, string> InvalidEvents => new()
    {
        // name of the case, field, rule
        { "bad credit code check character", "uscc", "uscc-check-character" },
        { "unknown town", "townCode", "unknown-town" },
        { "unknown kind", "kind", "unknown-kind" },
        { "future date", "occurredAt", "not-in-future" },
    };

    [Theory]
    [MemberData(nameof(InvalidEvents))]
    public async Task InvalidEventIsRejectedNamingFieldAndRuleAndNothingIsStored(string @case, string field, string rule)
    {
        var response = await Host.PostEventsAsync(Invalid(@case));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("urn:qualitymap:problem:all-events-rejected", problem["type"]!.GetValue<string>());
        var error = Assert.Single(problem["results"]![0]!["errors"]!.AsArray())!;
        Assert.Equal((field, rule), (error["field"]!.GetValue<string>(), error["rule"]!.GetValue<string>()));
        Assert.Contains(field, error["message"]!.GetValue<string>());
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task OversizedBatchIsRefusedWhole()
    {
        var events = Enumerable.Range(0, 51).Select(i => Registered(Uscc(2000 + i), Town, Now.AddDays(-1))).ToArray();

        var response = await Host.PostEventsAsync(events);

        await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "batch-too-large", "events", "max-items");
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task MalformedJsonIsRefusedWhole()
    {
        var body = new StringContent("{\"events\": [ {\"eventId\": \"x\", ", Encoding.UTF8, "application/json");

        var response = await Host.Client.PostAsync("/api/events", body);

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "malformed-json", "body", "json");
        await AssertNothingStoredAsync();
    }

    [Theory]
    [InlineData("[]", "events", "required")]
    [InlineData("{\"events\": []}", "events", "empty")]
    [InlineData("{\"evnts\": [{}]}", "events", "required")]
    public async Task BodyThatIsNotABatchIsRefusedWhole(string json, string field, string rule)
    {
        var response = await Host.Client.PostAsync("/api/events", new StringContent(json, Encoding.UTF8, "application/json"));

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "invalid-batch", field, rule);
    }

    [Fact]
    public async Task NonJsonContentTypeIsRefused()
    {
        var response = await Host.Client.PostAsync("/api/events", new StringContent("events", Encoding.UTF8, "text/plain"));

        await AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType, "unsupported-media-type", "Content-Type", "application-json");
    }

    private DateTimeOffset Now => Clock.GetUtcNow();

    private object Invalid(string @case)
    {
        var uscc = Uscc(1000);
        return @case switch
        {
            "bad credit code check character" => Registered(uscc[..17] + (uscc[17] == '0' ? '1' : '0'), Town, Now),
            "unknown town" => Registered(uscc, "330402999", Now),
            "unknown kind" => new { eventId = "k-1", kind = "sampling_resultz", uscc, occurredAt = Now },
            "future date" => Registered(uscc, Town, Now.AddHours(1)),
            _ => throw new ArgumentOutOfRangeException(nameof(@case)),
        };
    }

    private async Task AssertNothingStoredAsync()
    {
        Assert.Equal(0, await Host.JournalLengthAsync());
        Assert.Equal("no_data", (await Host.GetJsonAsync("/api/regions/330400/map"))["region"]!["colour"]!.GetValue<string>());
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string type, string field, string rule)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal($"urn:qualitymap:problem:{type}", problem["type"]!.GetValue<string>());
        Assert.Equal(field, problem["field"]!.GetValue<string>());
        Assert.Equal(rule, problem["rule"]!.GetValue<string>());
        Assert.False(string.IsNullOrWhiteSpace(problem["detail"]!.GetValue<string>()));
    }
}
