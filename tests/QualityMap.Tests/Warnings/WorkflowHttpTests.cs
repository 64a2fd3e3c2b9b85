using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using QualityMap.Grains.Identity;
using QualityMap.Tests.EndToEnd;
using static QualityMap.Tests.EndToEnd.TestEvents;

namespace QualityMap.Tests.Warnings;

/// <summary>
/// The §4.2 workflow over real HTTP as docs/bureau-api.md describes it: each bureau's steps, the refusals with
/// their status and rule, the steps a page may offer, and a revocation that reclassifies the enterprise.
/// </summary>
public sealed class WorkflowHttpTests : WarnedCountyTest
{
    [Fact]
    public async Task EachBureauWalksTheWholeLifecycleAndIsRefusedEveryStepNotItsOwn()
    {
        Assert.Equal(["plan"], await ActionsAsync(NanhuBureau));
        Assert.Equal(["bulletin"], await ActionsAsync(CityBureau));                     // the 警情通报 is the city's while the warning is open

        await StepAsync(NanhuBureau, "plan", new { documentNo = "南市监〔2026〕1号", summary = "整治方案" }, "plan_under_review");
        await RefusedAsync(NanhuBureau, "plan", new { documentNo = "南市监〔2026〕2号", summary = "又一份" }, HttpStatusCode.Conflict, "plan-under-review");
        Assert.Equal(["investigations", "guidance", "revocations"], await ActionsAsync(NanhuBureau));
        Assert.Equal(["plan-review", "bulletin"], await ActionsAsync(CityBureau));

        // Who may act: the role policy answers 403 forbidden naming the workflow rule; another county is out of scope.
        await ForbiddenAsync(CityBureau, "plan", new { documentNo = "x", summary = "x" }, "county-bureau-only");
        await ForbiddenAsync(NanhuBureau, "plan-review", new { accepted = true, comment = "自己批" }, "city-bureau-only");
        await OutOfScopeAsync(await XiuzhouBureau.PostAsJsonAsync($"{Warning}/investigations", new { enterprisesInvestigated = 1, summary = "x" }));
        await OutOfScopeAsync(await XiuzhouBureau.GetAsync($"{Warning}/actions"));

        await StepAsync(CityBureau, "plan-review", new { accepted = true, comment = "同意" }, "rectifying");
        await ForbiddenAsync(NanhuBureau, "lift", new { documentNo = "x" }, "city-bureau-only");
        await RefusedAsync(CityBureau, "lift", new { documentNo = "嘉市监〔2026〕9号" }, HttpStatusCode.Conflict, "acceptance-not-passed");
        await RefusedAsync(NanhuBureau, "acceptance-application", new { summary = "整改完成" }, HttpStatusCode.Conflict, "investigation-required");
        await StepAsync(NanhuBureau, "investigations", new { enterprisesInvestigated = 10, summary = "排查辖区10家生产企业" }, "rectifying");
        await StepAsync(NanhuBureau, "guidance", new { summary = "分级指导" }, "rectifying");
        Assert.Equal(["investigations", "guidance", "revocations", "acceptance-application"], await ActionsAsync(NanhuBureau));

        // §4.2.2 c): the revoked enterprise turns high-risk, so the acceptance sampling has to cover it too.
        await RevokeAsync(Usccs[2]);
        await StepAsync(NanhuBureau, "acceptance-application", new { summary = "整改完成" }, "acceptance_requested");
        Assert.Empty(await ActionsAsync(NanhuBureau));
        Assert.Equal(["acceptance-sampling", "bulletin"], await ActionsAsync(CityBureau));

        var incomplete = await RefusedAsync(CityBureau, "acceptance-sampling", Samples((Usccs[0], 5, 1), (Usccs[1], 5, 0)), HttpStatusCode.Conflict, "sampling-incomplete");
        Assert.Equal("samples", incomplete["field"]!.GetValue<string>());
        Assert.Contains(Usccs[2], incomplete["detail"]!.GetValue<string>());

        // 101 of 1000 batches = 10.1 %: back to rectifying; then 1 of 10 = exactly 10 % passes (§4.2.3.1).
        await StepAsync(CityBureau, "acceptance-sampling", Samples((Usccs[0], 500, 51), (Usccs[1], 400, 50), (Usccs[2], 100, 0)), "rectifying");
        await StepAsync(NanhuBureau, "acceptance-application", new { summary = "再次整改完成" }, "acceptance_requested");
        var passed = await StepAsync(CityBureau, "acceptance-sampling", Samples((Usccs[0], 4, 1), (Usccs[1], 3, 0), (Usccs[2], 3, 0)), "acceptance_passed");
        Assert.Equal("open", passed["status"]!.GetValue<string>());                 // passing alone lifts nothing
        Assert.Equal(["lift", "bulletin"], await ActionsAsync(CityBureau));

        var noDocument = await RefusedAsync(CityBureau, "lift", new { }, HttpStatusCode.BadRequest, "text-required");
        Assert.Equal("documentNo", noDocument["field"]!.GetValue<string>());
        var lifted = await StepAsync(CityBureau, "lift", new { documentNo = "嘉市监〔2026〕9号" }, "lifted");
        Assert.Equal(("lifted", "嘉市监〔2026〕9号"), (lifted["status"]!.GetValue<string>(), lifted["liftDocumentNo"]!.GetValue<string>()));
        Assert.Equal("test-city", lifted["history"]!.AsArray()[^1]!["actor"]!.GetValue<string>());
        Assert.Empty(await ActionsAsync(CityBureau));
        Assert.Empty(await ActionsAsync(NanhuBureau));
        await RefusedAsync(NanhuBureau, "plan", new { documentNo = "x", summary = "x" }, HttpStatusCode.Conflict, "warning-lifted");
    }

    [Fact]
    public async Task BadBodiesAndForeignPrincipalsAreRefusedNamingTheFieldOrTheRole()
    {
        var wall = Host.ClientWithKey(await Host.KeyForAsync("wall", Role.WallViewer, TestCredentials.City));
        var ingest = Host.ClientWithKey(Host.Credentials.IngestKey);
        foreach (var client in new[] { wall, ingest })
        {
            await ProblemAssert.IsAsync(await client.PostAsJsonAsync($"{Warning}/plan", new { documentNo = "x", summary = "x" }), HttpStatusCode.Forbidden, "urn:qualitymap:problem:forbidden");
            await ProblemAssert.IsAsync(await client.GetAsync($"{Warning}/actions"), HttpStatusCode.Forbidden, "urn:qualitymap:problem:forbidden");
        }
        await ProblemAssert.IsAsync(await Host.Anonymous.PostAsJsonAsync($"{Warning}/plan", new { documentNo = "x", summary = "x" }), HttpStatusCode.Unauthorized, "urn:qualitymap:problem:unauthenticated");
        await ProblemAssert.IsAsync(await NanhuBureau.PostAsJsonAsync("/api/warnings/330402-0099/plan", new { documentNo = "x", summary = "x" }), HttpStatusCode.NotFound, "urn:qualitymap:problem:unknown-warning");

        var malformed = await NanhuBureau.PostAsync($"{Warning}/plan", new StringContent("{\"documentNo\": ", System.Text.Encoding.UTF8, "application/json"));
        await ProblemAssert.IsAsync(malformed, HttpStatusCode.BadRequest, "urn:qualitymap:problem:malformed-json");
        var noSummary = await RefusedAsync(NanhuBureau, "plan", new { documentNo = "南市监〔2026〕1号" }, HttpStatusCode.BadRequest, "text-required");
        Assert.Equal("summary", noSummary["field"]!.GetValue<string>());

        await StepAsync(NanhuBureau, "plan", new { documentNo = "南市监〔2026〕1号", summary = "整治方案" }, "plan_under_review");
        var noVerdict = await ProblemAssert.IsAsync(await CityBureau.PostAsJsonAsync($"{Warning}/plan-review", new { comment = "?" }), HttpStatusCode.BadRequest, "urn:qualitymap:problem:invalid-body");
        Assert.Equal("accepted", noVerdict["field"]!.GetValue<string>());
        var noComment = await RefusedAsync(CityBureau, "plan-review", new { accepted = false }, HttpStatusCode.BadRequest, "text-required");
        Assert.Equal("comment", noComment["field"]!.GetValue<string>());
        await StepAsync(CityBureau, "plan-review", new { accepted = false, comment = "措施不具体" }, "awaiting_plan");
        await StepAsync(NanhuBureau, "plan", new { documentNo = "南市监〔2026〕3号", summary = "修改后的整治方案" }, "plan_under_review");

        // A revocation names an enterprise of the warned county; nothing is journaled for one that is not.
        var unknown = await ProblemAssert.IsAsync(
            await NanhuBureau.PostAsJsonAsync($"{Warning}/revocations", new { uscc = Uscc(999), licenceNo = "XK06-001-00001", reason = "x" }),
            HttpStatusCode.BadRequest, "urn:qualitymap:problem:unknown-enterprise");
        Assert.Equal("uscc", unknown["field"]!.GetValue<string>());
        var xiuzhouUscc = Uscc(998, Xiuzhou);
        (await Host.PostEventsAsync(Registered(xiuzhouUscc, "330411002", Clock.GetUtcNow().AddDays(-30)))).EnsureSuccessStatusCode();
        await Host.SettleAsync();
        var before = await Host.JournalLengthAsync();
        var foreign = await ProblemAssert.IsAsync(
            await NanhuBureau.PostAsJsonAsync($"{Warning}/revocations", new { uscc = xiuzhouUscc, licenceNo = "XK06-001-00001", reason = "x" }),
            HttpStatusCode.Forbidden, "urn:qualitymap:problem:out-of-scope");
        Assert.Equal("uscc", foreign["field"]!.GetValue<string>());
        Assert.Equal(before, await Host.JournalLengthAsync());
        var noLicence = await RefusedAsync(NanhuBureau, "revocations", new { uscc = Usccs[3], reason = "x" }, HttpStatusCode.BadRequest, "text-required");
        Assert.Equal("licenceNo", noLicence["field"]!.GetValue<string>());
    }

    [Fact]
    public async Task ARetriedRevocationIsRecordedAgainWithoutASecondEvent()
    {
        await StepAsync(NanhuBureau, "plan", new { documentNo = "南市监〔2026〕1号", summary = "整治方案" }, "plan_under_review");
        await StepAsync(CityBureau, "plan-review", new { accepted = true, comment = "同意" }, "rectifying");
        await RevokeAsync(Usccs[2]);

        // The client did not see the answer and sends the same revocation a minute later: the event is there already.
        Clock.Advance(TimeSpan.FromMinutes(1));
        var before = await Host.JournalLengthAsync();
        await StepAsync(NanhuBureau, "revocations", new { uscc = Usccs[2], licenceNo = "XK06-001-00001", reason = "整改期满仍不合格" }, "rectifying");
        Assert.Equal(before + 1, await Host.JournalLengthAsync());                  // the step only
    }

    private async Task RevokeAsync(string uscc)
    {
        var before = await Host.JournalLengthAsync();
        var warning = await StepAsync(NanhuBureau, "revocations", new { uscc, licenceNo = "XK06-001-00001", reason = "整改期满仍不合格" }, "rectifying");
        Assert.Equal("revocation_recorded", warning["history"]!.AsArray()[^1]!["action"]!.GetValue<string>());
        Assert.Equal(before + 2, await Host.JournalLengthAsync());                  // the licence_revoked event and the step
        await Host.SettleAsync();
        var enterprise = await Host.GetJsonAsync($"/api/enterprises/{uscc}");
        Assert.Equal("high", enterprise["class"]!.GetValue<string>());
        var evidence = enterprise["reasons"]!.AsArray().SelectMany(r => r!["evidenceEventIds"]!.AsArray()).Select(e => e!.GetValue<string>());
        Assert.Contains($"warning-330402-0001-revocation-{uscc}-XK06-001-00001", evidence);
    }

    private static object Samples(params (string Uscc, int Sampled, int Failed)[] samples) =>
        new { samples = samples.Select(s => new { uscc = s.Uscc, batchesSampled = s.Sampled, batchesFailed = s.Failed }) };

    private static async Task<JsonObject> StepAsync(HttpClient client, string step, object body, string stage)
    {
        var response = await client.PostAsJsonAsync($"{Warning}/{step}", body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{step}: {(int)response.StatusCode} {text}");
        var warning = JsonNode.Parse(text)!.AsObject();
        Assert.Equal(stage, warning["stage"]!.GetValue<string>());
        return warning;
    }

    private static async Task<JsonObject> RefusedAsync(HttpClient client, string step, object body, HttpStatusCode status, string rule)
    {
        var problem = await ProblemAssert.IsAsync(await client.PostAsJsonAsync($"{Warning}/{step}", body), status, "urn:qualitymap:problem:workflow-refused");
        Assert.Equal(rule, problem["rule"]!.GetValue<string>());
        return problem;
    }

    private static async Task ForbiddenAsync(HttpClient client, string step, object body, string rule)
    {
        var problem = await ProblemAssert.IsAsync(await client.PostAsJsonAsync($"{Warning}/{step}", body), HttpStatusCode.Forbidden, "urn:qualitymap:problem:forbidden");
        Assert.Equal(rule, problem["rule"]!.GetValue<string>());
    }

    private static async Task OutOfScopeAsync(HttpResponseMessage response)
    {
        var problem = await ProblemAssert.IsAsync(response, HttpStatusCode.Forbidden, "urn:qualitymap:problem:out-of-scope");
        Assert.Equal("id", problem["field"]!.GetValue<string>());
    }

    private static async Task<string[]> ActionsAsync(HttpClient client)
    {
        var answer = (await client.GetFromJsonAsync<JsonObject>($"{Warning}/actions"))!;
        return [.. answer["actions"]!.AsArray().Select(a => a!.GetValue<string>())];
    }
}
