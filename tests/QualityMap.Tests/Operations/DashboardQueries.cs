using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace QualityMap.Tests.Operations;

/// <summary>Every PromQL expression of a Grafana dashboard, with its variables replaced as Grafana would.</summary>
public static partial class DashboardQueries
{
    /// <summary>
    /// Grafana's built-in interval variables, sized for the tests' 1 s scrape interval (Grafana picks at least four
    /// scrape intervals for <c>$__rate_interval</c>).
    /// </summary>
    private static readonly Dictionary<string, string> BuiltIns = new(StringComparer.Ordinal)
    {
        ["__rate_interval"] = "15s",
        ["__interval"] = "5s",
        ["__range"] = "1m",
    };

    public static JsonObject Load(string path) => JsonNode.Parse(File.ReadAllText(path))!.AsObject();

    /// <summary>Panel targets' <c>expr</c> fields at any depth, and each query variable's <c>label_values</c> metric.</summary>
    public static IReadOnlyList<string> Expressions(JsonObject dashboard)
    {
        var expressions = new List<string>();
        Walk(dashboard["panels"], expressions);
        foreach (var variable in Variables(dashboard))
        {
            var definition = variable["definition"]?.GetValue<string>() ?? "";
            var labelValues = LabelValuesPattern().Match(definition);
            if (labelValues.Success) expressions.Add(labelValues.Groups["selector"].Value);
        }
        return [.. expressions.Select(e => Substitute(e, dashboard))];
    }

    public static IEnumerable<JsonObject> Variables(JsonObject dashboard) =>
        dashboard["templating"]?["list"]?.AsArray().Select(v => v!.AsObject()) ?? [];

    // Dashboard variables take their "All" value, which is what the dashboards open with.
    private static string Substitute(string expression, JsonObject dashboard)
    {
        var values = new Dictionary<string, string>(BuiltIns, StringComparer.Ordinal);
        foreach (var variable in Variables(dashboard))
        {
            values[variable["name"]!.GetValue<string>()] = variable["allValue"]?.GetValue<string>()
                ?? throw new InvalidOperationException($"Variable {variable["name"]} has no allValue to test with.");
        }
        return VariablePattern().Replace(expression, m =>
        {
            var name = m.Groups["braced"].Success ? m.Groups["braced"].Value : m.Groups["plain"].Value;
            return values.TryGetValue(name, out var value) ? value : m.Value;
        });
    }

    private static void Walk(JsonNode? node, List<string> expressions)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    if (key == "expr" && value is JsonValue expr) expressions.Add(expr.GetValue<string>());
                    else Walk(value, expressions);
                }
                break;
            case JsonArray array:
                foreach (var item in array) Walk(item, expressions);
                break;
        }
    }

    [GeneratedRegex(@"\$\{(?<braced>\w+)\}|\$(?<plain>\w+)")]
    private static partial Regex VariablePattern();

    [GeneratedRegex(@"^label_values\((?<selector>.+),\s*\w+\)$")]
    private static partial Regex LabelValuesPattern();
}
