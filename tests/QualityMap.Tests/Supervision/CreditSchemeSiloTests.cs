using System.Text.Json.Nodes;
using QualityMap.Tests.EndToEnd;
using static QualityMap.Tests.EndToEnd.TestEvents;

namespace QualityMap.Tests.Supervision;

/// <summary>The same event stream through two silos, one per scheme: each classifies and plans by its own rules.</summary>
public sealed class CreditSchemeSiloTests
{
    private const string Nanhu = "330402";
    private const string Jianshe = "330402007";
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);

    private static object[] Stream(string uscc) =>
    [
        Registered(uscc, Jianshe, Start.AddDays(-10), id: "reg-1"),
        Sampling(uscc, false, Start.AddDays(-9), id: "smp-1"),
        new { eventId = "pen-1", kind = "administrative_penalty", uscc, occurredAt = Start.AddDays(-8), decisionNo = "南市监罚〔2026〕7号" },
        new { eventId = "ref-1", kind = "sampling_refused", uscc, occurredAt = Start.AddDays(-7) },
    ];

    [Fact]
    public async Task JiaxingMakesTheEnterpriseHighRiskAndStrict()
    {
        var uscc = Uscc(8201, Nanhu);
        var view = await RunAsync("Jiaxing", uscc, v => v["tasks"]!.AsArray().Count > 0);
        Assert.Equal("high", view["riskClass"]!.GetValue<string>());
        Assert.Null(view["creditMeasures"]);
        var samplings = Samplings(view);
        Assert.Equal(4, samplings.Count);
        Assert.All(samplings, t => Assert.Equal("strict", t["mode"]!.GetValue<string>()));
    }

    [Fact]
    public async Task TheCreditSchemeScoresDAndPlansSpecialSupervisionWithFourSamplings()
    {
        var uscc = Uscc(8202, Nanhu);
        var view = await RunAsync("Credit", uscc, v => v["credit"]!["class"]!.GetValue<string>() == "d" && v["tasks"]!.AsArray().Count > 0);
        Assert.Equal(-4m, view["credit"]!["score"]!.GetValue<decimal>());   // 12 − 4 − 6 − 6
        Assert.Equal("red", view["creditMeasures"]!["prompt"]!.GetValue<string>());
        Assert.Equal("legal_representative_and_quality_officer", view["creditMeasures"]!["interview"]!.GetValue<string>());
        Assert.False(view["publication"]!["showClassOnPublicCodePage"]!.GetValue<bool>());
        Assert.False(view["publication"]!["mayPublishClass"]!.GetValue<bool>());
        Assert.Equal(3, view["publication"]!["dishonestItems"]!.AsArray().Count);
        var samplings = Samplings(view);
        Assert.True(samplings.Count >= 4);
        Assert.All(samplings, t => Assert.Equal("special", t["mode"]!.GetValue<string>()));
        Assert.False(view["credit"]!["seriousCircumstances"]!.GetValue<bool>());
    }

    private static async Task<JsonObject> RunAsync(string scheme, string uscc, Func<JsonObject, bool> condition)
    {
        var data = Directory.CreateTempSubdirectory("qm-credit-");
        try
        {
            await using var host = new SiloHost(data.FullName, new ManualTimeProvider(Start), new() { ["Supervision:Scheme"] = scheme });
            (await host.PostEventsAsync(Stream(uscc))).EnsureSuccessStatusCode();
            await host.SettleAsync();
            JsonObject? view = null;
            await SiloHost.EventuallyAsync(async () =>
            {
                var response = await host.Client.GetAsync($"/api/supervision/enterprises/{uscc}");
                if (!response.IsSuccessStatusCode) return false;
                view = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
                return condition(view);
            });
            return view!;
        }
        finally
        {
            data.Delete(recursive: true);
        }
    }

    private static List<JsonNode> Samplings(JsonObject view) =>
        [.. view["tasks"]!.AsArray().Select(t => t!["task"]!).Where(t => t["kind"]!.GetValue<string>() == "sampling")];
}
