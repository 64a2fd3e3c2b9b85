using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace QualityMap.Tests.Fuzzing;

/// <summary>
/// What every answer must look like, whatever was sent: never a 5xx; a refusal of a JSON endpoint is an RFC 9457
/// problem detail naming the field at fault (README "API"); the batch endpoint names the field of every rejected item;
/// the public verification page is either the page of a valid code or the one 404 二维码无效 page.
/// </summary>
public static class ResponseOracle
{
    private const string ProblemPrefix = "urn:qualitymap:problem:";

    /// <summary>Why the answer breaks the contract, or null when it keeps it.</summary>
    public static string? Check(FuzzRequest request, HttpStatusCode status, string? mediaType, string body)
    {
        var code = (int)status;
        if (code >= 500) return $"server error {code}";
        if (status == HttpStatusCode.TooManyRequests) return "429: the test host has no rate limit configured";
        if (request.Target == FuzzTarget.Verification) return CheckVerificationPage(status, mediaType, body);
        if (code is >= 200 and < 300) return request.Target == FuzzTarget.Events ? CheckBatchResults(body, mustReject: false) : null;
        if (code is < 400 or >= 500) return $"unexpected status {code}";
        return CheckProblem(request, code, mediaType, body);
    }

    private static string? CheckVerificationPage(HttpStatusCode status, string? mediaType, string body)
    {
        if (mediaType != "text/html") return $"{(int)status} verification answer is {mediaType ?? "without content type"}, not the HTML page";
        return status switch
        {
            HttpStatusCode.OK => null,
            HttpStatusCode.NotFound when body.Contains("二维码无效", StringComparison.Ordinal) => null,
            HttpStatusCode.NotFound => "404 verification answer is not the 二维码无效 page",
            _ => $"verification answered {(int)status}; only 200 or the 404 二维码无效 page are documented",
        };
    }

    private static string? CheckProblem(FuzzRequest request, int status, string? mediaType, string body)
    {
        if (mediaType != "application/problem+json") return $"{status} refusal is {mediaType ?? "without content type"}, not application/problem+json (body: {Cut(body)})";
        JsonObject problem;
        try
        {
            problem = JsonNode.Parse(body) as JsonObject ?? throw new JsonException("not an object");
        }
        catch (JsonException exception)
        {
            return $"{status} problem detail is not a JSON object: {exception.Message}";
        }
        var type = Text(problem, "type");
        if (type is null || !type.StartsWith(ProblemPrefix, StringComparison.Ordinal)) return $"{status} problem without a stable urn:qualitymap type: {Cut(body)}";
        if (problem["status"] is not JsonValue statusValue || !statusValue.TryGetValue<int>(out var stated) || stated != status)
            return $"{status} problem states another status: {Cut(body)}";

        var name = type[ProblemPrefix.Length..];
        // Who may call is not a body field: no credentials is 401 unauthenticated (a path no endpoint takes is closed too),
        // a wrong role 403 forbidden naming the who-may-act rule (README "Identities and access").
        if (name == "unauthenticated") return null;
        if (name == "forbidden")
            return request.Target != FuzzTarget.WorkflowStep || Text(problem, "rule") is not null ? null : $"403 forbidden without the who-may-act rule: {Cut(body)}";
        if (name == "all-events-rejected") return status == 422 ? CheckBatchResults(body, mustReject: true) : $"all-events-rejected with status {status}";
        if (string.IsNullOrEmpty(Text(problem, "field"))) return $"{status} {name} names no field: {Cut(body)}";
        return null;
    }

    /// <summary>Every rejected item of a batch names at least one error, each with its field (relative to the item) and rule.</summary>
    private static string? CheckBatchResults(string body, bool mustReject)
    {
        JsonArray results;
        try
        {
            results = (JsonNode.Parse(body)?["results"] as JsonArray) ?? throw new JsonException("no results array");
        }
        catch (JsonException exception)
        {
            return $"batch answer without per-item results: {exception.Message}: {Cut(body)}";
        }
        foreach (var result in results)
        {
            var status = result?["status"]?.GetValue<string>();
            if (status is "accepted" or "duplicate")
            {
                if (mustReject) return $"a 422 batch answer lists an item as {status}";
                continue;
            }
            if (status != "rejected") return $"item result with status '{status}'";
            if (result!["errors"] is not JsonArray { Count: > 0 } errors) return $"rejected item {result["index"]} names no error";
            foreach (var error in errors)
            {
                // The field is the path relative to the item, so it is empty for an item that is not an object at all
                // (rule type), and for a field the client sent with the empty name (unknown-field, duplicate-field).
                if (error?["field"] is not JsonValue field || !field.TryGetValue<string>(out var path)) return $"rejected item {result["index"]} has an error without a field";
                if (path.Length == 0 && Text(error, "rule") is not ("type" or "unknown-field" or "duplicate-field"))
                    return $"rejected item {result["index"]} has an empty field: {error.ToJsonString()}";
                if (string.IsNullOrEmpty(Text(error, "rule"))) return $"rejected item {result["index"]} has an error without a rule";
            }
        }
        return null;
    }

    private static string? Text(JsonNode? node, string name) =>
        node?[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static string Cut(string text) => text.Length > 600 ? text[..600] + "…" : text;
}
