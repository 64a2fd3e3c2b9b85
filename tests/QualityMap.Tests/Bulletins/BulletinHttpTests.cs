using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using QualityMap.Grains.Identity;
using QualityMap.Silo.Storage;
using QualityMap.Tests.Codes;
using QualityMap.Tests.EndToEnd;
using QualityMap.Tests.Warnings;
using static QualityMap.Tests.EndToEnd.TestEvents;

namespace QualityMap.Tests.Bulletins;

/// <summary>
/// The 警情通报 over real HTTP against a real silo: only the city issues it, bad input is refused naming the field with
/// nothing journaled, the step is journaled with the facts it read, the city and the warned county read it (another
/// county does not), as JSON, as a print page under its CSP, and as a PDF whose text pdftotext extracts.
/// </summary>
public sealed partial class BulletinHttpTests : WarnedCountyTest
{
    private const string XiuzhouWarning = "/api/warnings/330411-0001";
    private const string DocumentNo = "嘉市监〔2026〕12号";

    private string Today => DateOnly.FromDateTime(Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private string InDays(int days) =>
        DateOnly.FromDateTime(Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime).AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task OnlyTheCityIssuesAndBadInputIsRefusedNamingTheFieldWithNothingJournaled()
    {
        var before = await Host.JournalLengthAsync();
        var county = await ProblemIs(await NanhuBureau.PostAsJsonAsync($"{Warning}/bulletin", new { documentNo = DocumentNo, deadline = InDays(30) }),
            HttpStatusCode.Forbidden, "forbidden");
        Assert.Equal("city-bureau-only", county["rule"]!.GetValue<string>());

        await RefusedAsync(new { documentNo = DocumentNo }, HttpStatusCode.BadRequest, "invalid-body", "deadline", "required");
        await RefusedAsync(new { documentNo = DocumentNo, deadline = "2026/12/31" }, HttpStatusCode.BadRequest, "invalid-body", "deadline", "date-format");
        await RefusedAsync(new { deadline = InDays(30) }, HttpStatusCode.BadRequest, "workflow-refused", "documentNo", "text-required");
        await RefusedAsync(new { documentNo = "嘉市监2026-12", deadline = InDays(30) }, HttpStatusCode.BadRequest, "workflow-refused", "documentNo", "document-number-format");
        await RefusedAsync(new { documentNo = "嘉市监〔2026〕012号", deadline = InDays(30) }, HttpStatusCode.BadRequest, "workflow-refused", "documentNo", "document-number-format");
        await RefusedAsync(new { documentNo = DocumentNo, deadline = Today }, HttpStatusCode.BadRequest, "workflow-refused", "deadline", "deadline-not-after-issue");
        await ProblemIs(await CityBureau.GetAsync($"{Warning}/bulletin"), HttpStatusCode.NotFound, "no-bulletin");
        Assert.Equal(before, await Host.JournalLengthAsync());
        Assert.Null((await Host.GetJsonAsync(Warning))["bulletinDocumentNo"]);
    }

    [Fact]
    public async Task TheIssueIsJournaledWithItsFactsAndTheCityAndTheCountyReadItButNoOtherCounty()
    {
        Assert.Contains("bulletin", await ActionsAsync(CityBureau));
        var before = await Host.JournalLengthAsync();
        var warning = await IssueAsync(Warning, DocumentNo);
        Assert.Equal(DocumentNo, warning["bulletinDocumentNo"]!.GetValue<string>());
        var entry = warning["history"]!.AsArray()[^1]!;
        Assert.Equal(("bulletin_issued", "test-city"), (entry["action"]!.GetValue<string>(), entry["actor"]!.GetValue<string>()));
        Assert.Equal(before + 1, await Host.JournalLengthAsync());
        var journaled = await Host.Service<IJournal>().FindAsync($"warning-step:bulletin:{DocumentNo}");
        Assert.NotNull(journaled);
        // The facts it read are in the hash chain.
        var facts = JsonNode.Parse(journaled.Payload)!["command"]!["facts"]!;
        Assert.Equal(10, facts["monitored"]!.GetValue<int>());
        Assert.Contains(NameOf(Usccs[0]), facts["enterprises"]!.AsArray().Select(e => e!["name"]!.GetValue<string>()));

        foreach (var reader in new[] { CityBureau, NanhuBureau })
        {
            var bulletin = (await reader.GetFromJsonAsync<JsonObject>($"{Warning}/bulletin"))!;
            Assert.Equal(("南湖区", "红色", DocumentNo), (bulletin["countyName"]!.GetValue<string>(), bulletin["level"]!.GetValue<string>(), bulletin["documentNo"]!.GetValue<string>()));
            Assert.Equal("监测企业 10 家中 2 家高风险", bulletin["share"]!.GetValue<string>());
            Assert.Equal("嘉兴市市场监督管理局", bulletin["issuer"]!.GetValue<string>());
            Assert.Equal("南湖区人民政府：", bulletin["addressee"]!.GetValue<string>());
            Assert.Equal(InDays(30), bulletin["deadline"]!.GetValue<string>());
            var enterprises = bulletin["enterprises"]!.AsArray();
            Assert.Equal([Usccs[0], Usccs[1]], enterprises.Select(e => e!["uscc"]!.GetValue<string>()).Order(StringComparer.Ordinal));
            // The evidence names the day of each failed sampling, in China Standard Time.
            var sampledOn = NanhuSampledAt.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy年M月d日", CultureInfo.InvariantCulture);
            Assert.All(enterprises, e => Assert.StartsWith($"监督抽查不合格（依据事件：{sampledOn} ", e!["evidence"]!.AsArray()[0]!.GetValue<string>()));
            Assert.Equal("建设街道", enterprises[0]!["town"]!.GetValue<string>());
            var measures = bulletin["measures"]!.AsArray().Select(m => m!.GetValue<string>()).ToList();
            Assert.Equal(3, measures.Count);
            Assert.StartsWith("c) 对整顿期满后经再次复查仍不合格的产品生产企业，依法吊销企业相关证照", measures[2]);
        }
        foreach (var path in new[] { "bulletin", "bulletin.html", "bulletin.pdf" })
        {
            var outside = await ProblemIs(await XiuzhouBureau.GetAsync($"{Warning}/{path}"), HttpStatusCode.Forbidden, "out-of-scope");
            Assert.Equal("id", outside["field"]!.GetValue<string>());
        }
        await ProblemIs(await Host.Anonymous.GetAsync($"{Warning}/bulletin.pdf"), HttpStatusCode.Unauthorized, "unauthenticated");

        // One bulletin per warning; a number names one document, so another warning cannot reuse it.
        await RefusedAsync(new { documentNo = "嘉市监〔2026〕13号", deadline = InDays(30) }, HttpStatusCode.Conflict, "workflow-refused", "id", "bulletin-already-issued");
        Assert.DoesNotContain("bulletin", await ActionsAsync(CityBureau));
        await TurnRedAsync(Xiuzhou, "330411002", 800, XiuzhouWarning);
        var taken = await ProblemIs(await CityBureau.PostAsJsonAsync($"{XiuzhouWarning}/bulletin", new { documentNo = DocumentNo, deadline = InDays(30) }),
            HttpStatusCode.Conflict, "workflow-refused");
        Assert.Equal(("documentNo", "document-number-taken"), (taken["field"]!.GetValue<string>(), taken["rule"]!.GetValue<string>()));
        Assert.Null((await Host.GetJsonAsync(XiuzhouWarning))["bulletinDocumentNo"]);

        // Stored and journaled: after a restart it reads the same.
        var issued = (await CityBureau.GetStringAsync($"{Warning}/bulletin"));
        await RestartAsync();
        await ClientsAsync();
        Assert.Equal(issued, await NanhuBureau.GetStringAsync($"{Warning}/bulletin"));
    }

    [Fact]
    public async Task ThePdfTextNamesTheCountyTheNumberEveryEnterpriseAndTheMeasuresAndThePageIsServedUnderItsPolicy()
    {
        await IssueAsync(Warning, DocumentNo);
        var response = await NanhuBureau.GetAsync($"{Warning}/bulletin.pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var path = Path.Combine(Data.FullName, "bulletin.pdf");
        await File.WriteAllBytesAsync(path, await response.Content.ReadAsByteArrayAsync());
        var (infoExit, info) = await ExternalTool.RunAsync("pdfinfo", "poppler-utils", path);
        Assert.Equal(0, infoExit);
        Assert.Matches(@"Page size:\s+595(\.\d+)? x 84[12](\.\d+)? pts \(A4\)", info);
        var (exit, extracted) = await ExternalTool.RunAsync("pdftotext", "poppler-utils", path, "-");
        Assert.Equal(0, exit);
        // Wrapped lines break anywhere in Chinese: compare without the line breaks, the spaces and the page numbers.
        Assert.Contains("—1—", Whitespace().Replace(extracted, ""));
        var text = PageNumber().Replace(Whitespace().Replace(extracted, ""), "");
        var bulletin = (await CityBureau.GetFromJsonAsync<JsonObject>($"{Warning}/bulletin"))!;
        foreach (var expected in new[] { "嘉兴市市场监督管理局", DocumentNo, "南湖区人民政府：", "南湖区为红色预警区域", "监测企业10家中2家高风险", "整治期限" }
                     .Concat(Usccs.Take(2).Select(NameOf))
                     .Concat(bulletin["measures"]!.AsArray().Select(m => m!.GetValue<string>()))
                     .Append(bulletin["deadlineText"]!.GetValue<string>()))
            Assert.Contains(Whitespace().Replace(expected, ""), text);
        Assert.DoesNotContain(NameOf(Usccs[2]), text);                               // a low-risk enterprise is not named

        var page = await CityBureau.GetAsync($"{Warning}/bulletin.html");
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains(Api.Bulletins.BulletinPage.StyleHash, string.Join(" ", page.Headers.GetValues("Content-Security-Policy")));
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains(DocumentNo, html);
        Assert.Contains(NameOf(Usccs[1]), html);
    }

    private async Task<JsonObject> IssueAsync(string warning, string documentNo)
    {
        var response = await CityBureau.PostAsJsonAsync($"{warning}/bulletin", new { documentNo, deadline = InDays(30) });
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {text}");
        return JsonNode.Parse(text)!.AsObject();
    }

    private async Task RefusedAsync(object body, HttpStatusCode status, string type, string field, string rule)
    {
        var problem = await ProblemIs(await CityBureau.PostAsJsonAsync($"{Warning}/bulletin", body), status, type);
        Assert.Equal((field, rule), (problem["field"]!.GetValue<string>(), problem["rule"]!.GetValue<string>()));
    }

    private async Task<string[]> ActionsAsync(HttpClient client) =>
        [.. (await client.GetFromJsonAsync<JsonObject>($"{Warning}/actions"))!["actions"]!.AsArray().Select(a => a!.GetValue<string>())];

    /// <summary>10 enterprises in one town, 2 failing their sampling: the county goes orange, then red, and is warned.</summary>
    [GeneratedRegex("—[0-9]+—")]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"\s")]
    private static partial Regex Whitespace();

    // The bulletin's problem types by their short name.
    private static Task<JsonObject> ProblemIs(HttpResponseMessage response, HttpStatusCode status, string type) =>
        ProblemAssert.IsAsync(response, status, "urn:qualitymap:problem:" + type);
}
