using System.Text.Json.Nodes;

namespace QualityMap.Tests.Fuzzing;

/// <summary>
/// Valid bodies of the §4.2 workflow steps (docs/bureau-api.md) with the bureau that takes each step. Whether a valid
/// body is accepted depends on the warning's stage; a seed is valid input, not necessarily an allowed step.
/// </summary>
public sealed class WorkflowSeeds(Random random, FuzzWorld world)
{
    public const string County = "county-bureau";
    public const string City = "city-bureau";
    public const string OtherCounty = "other-county-bureau";

    /// <summary>Every step but lift, which ends the workflow and is only offered near the end of a run.</summary>
    public static readonly string[] Steps =
        ["plan", "plan-review", "investigations", "guidance", "revocations", "acceptance-application", "acceptance-sampling", "bulletin"];

    public static readonly string[] CityBureauSteps = ["plan-review", "acceptance-sampling", "lift", "bulletin"];

    private int _next;

    /// <summary>The body of <paramref name="step"/> and the client of the bureau whose step it is.</summary>
    public (string Client, JsonObject Body) For(string step) => step switch
    {
        "plan" => (County, new JsonObject { ["documentNo"] = $"南市监〔2026〕{++_next}号", ["summary"] = "整治方案" }),
        "plan-review" => (City, new JsonObject { ["accepted"] = random.Next(3) != 0, ["comment"] = "意见" }),
        "investigations" => (County, new JsonObject { ["enterprisesInvestigated"] = random.Next(1, 20), ["summary"] = "排查辖区企业" }),
        "guidance" => (County, new JsonObject { ["summary"] = "分级指导" }),
        "revocations" => (County, new JsonObject
        {
            ["uscc"] = world.WarnedCountyUsccs[random.Next(world.WarnedCountyUsccs.Count)],
            ["licenceNo"] = $"XK06-001-{random.Next(100):00000}",
            ["reason"] = "整改期满仍不合格",
        }),
        "acceptance-application" => (County, new JsonObject { ["summary"] = "整改完成" }),
        "acceptance-sampling" => (City, new JsonObject { ["samples"] = Samples() }),
        "lift" => (City, new JsonObject { ["documentNo"] = $"嘉市监〔2026〕{++_next}号" }),
        "bulletin" => (City, new JsonObject { ["documentNo"] = $"嘉市监通〔2026〕{++_next}号", ["deadline"] = "2099-12-31" }),
        _ => throw new ArgumentOutOfRangeException(nameof(step), step, "Not a workflow step."),
    };

    // Every enterprise of the county, so the sampling covers the high-risk ones; mostly passing (≤ 10 % failed).
    private JsonArray Samples()
    {
        var samples = new JsonArray();
        foreach (var uscc in world.WarnedCountyUsccs)
        {
            var sampled = random.Next(1, 20);
            var failed = random.Next(4) == 0 ? random.Next(sampled + 1) : 0;
            samples.Add(new JsonObject { ["uscc"] = uscc, ["batchesSampled"] = sampled, ["batchesFailed"] = failed });
        }
        return samples;
    }
}
