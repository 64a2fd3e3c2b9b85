using System.Text.Json.Nodes;
using QualityMap.Tests.Operations;

namespace QualityMap.Tests.Epcis;

/// <summary>The CBV 2.0 event hashes epcis2.js computes (tests/js/event-hash.cjs), to check the service's against.</summary>
public static class ReferenceEventHash
{
    public static async Task<string[]> IdsAsync(JsonNode? context, IEnumerable<JsonObject> events)
    {
        var script = Path.Combine(Repository.Root, "tests", "js", "event-hash.cjs");
        Assert.True(Directory.Exists(Path.Combine(Repository.Root, "tests", "js", "node_modules", "epcis2.js")),
            "epcis2.js is not installed in tests/js: run ./test.sh, which runs npm ci there.");
        var input = Path.Combine(Path.GetTempPath(), $"qualitymap-events-{Guid.NewGuid():N}.json");
        var list = new JsonArray([.. events.Select(e => (JsonNode)e.DeepClone())]);
        await File.WriteAllTextAsync(input, new JsonObject { ["context"] = context?.DeepClone(), ["events"] = list }.ToJsonString());
        try
        {
            var (exitCode, output) = await Codes.ExternalTool.RunAsync("node", "nodejs", script, input);
            Assert.True(exitCode == 0, $"event-hash.cjs failed: {output}");
            return output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Where(line => line.StartsWith("ni:///", StringComparison.Ordinal)).ToArray();
        }
        finally
        {
            File.Delete(input);
        }
    }
}
