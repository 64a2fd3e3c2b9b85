using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace QualityMap.Tests.Epcis;

/// <summary>GS1's EPCIS 2.0 JSON Schema (../shared/standards/epcis), with its formats checked: the judge of every document.</summary>
public static class EpcisSchema
{
    private static readonly Lazy<JsonSchema> s_schema = new(() => JsonSchema.FromFile(Standards.Path("EPCIS-JSON-Schema.json")));

    /// <summary>Null when the document is valid; otherwise where and why it is not.</summary>
    public static string? Explain(JsonNode document)
    {
        using var parsed = JsonDocument.Parse(document.ToJsonString());
        var result = s_schema.Value.Evaluate(parsed.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        if (result.IsValid) return null;
        var faults = (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .Select(d => $"{d.InstanceLocation}: {string.Join("; ", d.Errors!.Values)}");
        return string.Join("\n", faults.DefaultIfEmpty("invalid"));
    }

    public static void AssertValid(JsonNode document)
    {
        var fault = Explain(document);
        Assert.True(fault is null, $"Not a valid EPCIS 2.0 document:\n{fault}");
    }
}
