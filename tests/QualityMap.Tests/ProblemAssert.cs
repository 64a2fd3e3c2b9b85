using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace QualityMap.Tests;

/// <summary>The one check of an RFC 9457 refusal: status, media type, stable type and, when given, the field and rule it names.</summary>
public static class ProblemAssert
{
    public static async Task<JsonObject> IsAsync(HttpResponseMessage response, HttpStatusCode status, string type, string? field = null, string? rule = null)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(body)!.AsObject();
        Assert.Equal(type, problem["type"]!.GetValue<string>());
        if (field is not null) Assert.Equal(field, problem["field"]?.GetValue<string>());
        if (rule is not null) Assert.Equal(rule, problem["rule"]?.GetValue<string>());
        return problem;
    }
}
