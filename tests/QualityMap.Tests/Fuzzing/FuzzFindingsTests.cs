using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using QualityMap.Api.Codes.Signing;
using QualityMap.Tests.EndToEnd;
using static QualityMap.Tests.EndToEnd.TestEvents;

namespace QualityMap.Tests.Fuzzing;

/// <summary>
/// The requests <see cref="ApiFuzzTests"/> found answered 5xx or without a field, each pinned down on its own so that
/// a regression names its cause without a fuzz run.
/// </summary>
public sealed class FuzzFindingsTests : SiloTest
{
    public static TheoryData<string, string, string, string, int, string, string> Findings => new()
    {
        // case; path; content type; body; status; field; rule
        // Was 503 storage-unavailable: a binding failure is an IOException, which the SQLite dialect took for a disk fault.
        { "unknown role", "/api/admin/accounts", "application/json", "{\"id\":\"x\",\"role\":\"admin\",\"regionCode\":\"330400\"}", 400, "role", "json" },
        { "number for a sign-in", "/api/session", "application/json", "1E400", 400, "body", "json" },
        { "text/json for a key", "/api/admin/accounts/test-ingest/api-keys", "text/json", "{\"label\":\"x\"}", 415, "Content-Type", "application-json" },
        // Was 500: ReadFromJsonAsync throws on a charset it does not know.
        { "unknown charset", "/api/admin/accounts", "application/json; charset=nonsense", "{}", 415, "Content-Type", "utf-8" },
        { "empty charset", "/api/session", "application/json; charset=", "{}", 415, "Content-Type", "utf-8" },
        // Was a problem without a type of ours or a field.
        { "extra path segment", "/api/admin/accounts/test-ingest/api-keys/x", "application/json", "{\"label\":\"x\"}", 404, "path", "must-exist" },
    };

    [Theory]
    [MemberData(nameof(Findings))]
    public async Task ABadBodyIsRefusedNamingTheField(string @case, string path, string contentType, string body, int status, string field, string rule)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);

        var response = await Host.Client.PostAsync(path, content);

        await AssertProblemAsync(@case, response, status, field, rule);
    }

    [Fact]
    public async Task InvalidUtf8InAFieldNameIsMalformedJsonNotAServerError()
    {
        // Was 500: the JSON reader lets invalid UTF-8 inside a name through, and reading the name throws.
        byte[] body = [.. "{\"events\":[{\""u8, 0x80, .. "\":1}]}"u8];

        var response = await Host.Client.PostAsync("/api/events", new ByteArrayContent(body) { Headers = { { "Content-Type", "application/json" } } });

        await AssertProblemAsync("invalid UTF-8", response, 400, "body", "utf-8");
    }

    [Theory]
    [InlineData("{\"events\":[{\"eventId\":\"a\",\"kind\":\"\\ud800\"}]}", "kind")]   // was 500 in the ingestion metrics
    [InlineData("{\"events\":[{\"eventId\":\"a\",\"\\ud800\":1}]}", "\\ud800")]      // was 500 in the unknown-field check
    public async Task ALoneSurrogateIsRejectedForItsItem(string json, string field)
    {
        var response = await Host.Client.PostAsync("/api/events", new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonObject>())!["results"]![0]!["errors"]!.AsArray();
        Assert.Contains(errors, e => e!["field"]!.GetValue<string>() == field);
        Assert.Equal(0, await Host.JournalLengthAsync());
    }

    [Fact]
    public async Task ATokenWithACharacterOutsideBase64UrlGetsTheInvalidCodePage()
    {
        var uscc = Uscc(1);
        (await Host.PostEventsAsync(Registered(uscc, "330402007", Clock.GetUtcNow().AddDays(-1)))).EnsureSuccessStatusCode();
        await Host.SettleAsync();
        var url = await Host.Service<CodeSigner>().UrlForAsync(uscc);
        var token = url[(url.IndexOf(CodeSigner.VerificationPath, StringComparison.Ordinal) + CodeSigner.VerificationPath.Length)..];

        // Was 500: Base64Url.TryDecodeFromChars throws, rather than answering false, on a character such as '$'.
        var response = await Host.Anonymous.GetAsync("/v/" + Uri.EscapeDataString(token[..^1] + "$"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("二维码无效", await response.Content.ReadAsStringAsync());
    }

    private static async Task AssertProblemAsync(string @case, HttpResponseMessage response, int status, string field, string rule)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status == (int)response.StatusCode, $"{@case}: expected {status}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(text)!.AsObject();
        Assert.StartsWith("urn:qualitymap:problem:", problem["type"]!.GetValue<string>());
        Assert.Equal((field, rule), (problem["field"]!.GetValue<string>(), problem["rule"]!.GetValue<string>()));
    }
}
