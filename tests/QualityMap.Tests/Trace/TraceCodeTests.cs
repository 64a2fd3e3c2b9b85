using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using QualityMap.Tests.Codes;
using QualityMap.Tests.EndToEnd;
using static QualityMap.Tests.Codes.CodeHost;

namespace QualityMap.Tests.Trace;

/// <summary>
/// A producer's batch from registration to the phone: its Digital Link printed as QR (read back by zbarimg) and Data
/// Matrix (read back by ZXing.Net), the public scan page and linkset, and the other carriers that lead to it. Over
/// Kestrel, as a phone reaches it: the page reads the path as sent, which the in-memory test server does not keep.
/// </summary>
public sealed class TraceCodeTests() : SiloTest(settings: TestSignature.Settings("k1", ("k1", TestSignature.FirstSecret)), kestrelPort: 0)
{
    private const string Lot = "L2026-1107A";

    [Fact]
    public async Task ARegisteredBatchsQrAndDataMatrixBothCarryItsDigitalLink()
    {
        await RegisterBatchAsync(seed: 1, Lot);
        var expected = $"{PublicBaseUrl}/01/{TestBatches.Gtin}/10/{Lot}";

        var details = await Host.GetJsonAsync($"/api/batches/{TestBatches.Gtin}?lot={Lot}");
        var qr = await Host.GetBytesAsync($"/api/batches/{TestBatches.Gtin}/code.png?lot={Lot}");
        var dataMatrix = await Host.GetBytesAsync($"/api/batches/{TestBatches.Gtin}/code.png?lot={Lot}&symbology=datamatrix&size=6");

        Assert.Equal(expected, details["traceCode"]!.GetValue<string>());
        Assert.Equal(expected, await ExternalTool.ScanQrAsync(qr));
        Assert.Equal(expected, DataMatrixScanner.Scan(dataMatrix));
        Assert.Equal(5000, details["batch"]!["quantity"]!.GetValue<int>());
    }

    [Fact]
    public async Task ASerialisedItemsCodeCarriesItsSerialAndOnlySerialsOfTheRangeAreDrawn()
    {
        var batch = TestBatches.Batch(TestEvents.Uscc(2), Lot, Clock.GetUtcNow().AddHours(-1));
        batch["serials"] = new JsonObject { ["first"] = "000001", ["last"] = "000100" };
        await RegisterBatchAsync(seed: 2, batch);

        var svg = await Host.Client.GetAsync($"/api/batches/{TestBatches.Gtin}/code.svg?lot={Lot}&serial=000042&symbology=datamatrix");
        var png = await Host.GetBytesAsync($"/api/batches/{TestBatches.Gtin}/code.png?lot={Lot}&serial=000042&symbology=datamatrix&size=6");
        var outside = await Host.Client.GetAsync($"/api/batches/{TestBatches.Gtin}/code.png?lot={Lot}&serial=000101");

        Assert.Equal("image/svg+xml", svg.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"{PublicBaseUrl}/01/{TestBatches.Gtin}/10/{Lot}/21/000042", DataMatrixScanner.Scan(png));
        await AssertProblemAsync(outside, HttpStatusCode.BadRequest, "serial", "within-serial-range");
        var (status, html) = await Host.OpenAsync($"{PublicBaseUrl}/01/{TestBatches.Gtin}/10/{Lot}/21/000042");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<dd>000042</dd>", html);
    }

    [Fact]
    public async Task TheLabelExportOfASerialRangeHoldsOneDecodableCodePerItem()
    {
        var batch = TestBatches.Batch(TestEvents.Uscc(12), Lot, Clock.GetUtcNow().AddHours(-1));
        batch["serials"] = new JsonObject { ["first"] = "000001", ["last"] = "000100" };
        await RegisterBatchAsync(seed: 12, batch);

        var zip = await Host.GetBytesAsync($"/api/batches/{TestBatches.Gtin}/labels.zip?lot={Lot}&from=000010&to=000014&symbology=datamatrix&size=5");
        var qr = await Host.GetBytesAsync($"/api/batches/{TestBatches.Gtin}/labels.zip?lot={Lot}&from=000100&to=000100");
        var outside = await Host.Client.GetAsync($"/api/batches/{TestBatches.Gtin}/labels.zip?lot={Lot}&from=000099&to=000101");

        using var archive = new System.IO.Compression.ZipArchive(new MemoryStream(zip));
        Assert.Equal(Enumerable.Range(10, 5).Select(n => $"{TestBatches.Gtin}-{Lot}-{n:D6}.png"), archive.Entries.Select(e => e.FullName));
        foreach (var entry in archive.Entries)
        {
            using var image = new MemoryStream();
            await entry.Open().CopyToAsync(image);
            Assert.Equal($"{PublicBaseUrl}/01/{TestBatches.Gtin}/10/{Lot}/21/{entry.FullName[^10..^4]}", DataMatrixScanner.Scan(image.ToArray()));
        }
        using var qrArchive = new System.IO.Compression.ZipArchive(new MemoryStream(qr));
        using var qrImage = new MemoryStream();
        await Assert.Single(qrArchive.Entries).Open().CopyToAsync(qrImage);
        Assert.Equal($"{PublicBaseUrl}/01/{TestBatches.Gtin}/10/{Lot}/21/000100", await ExternalTool.ScanQrAsync(qrImage.ToArray()));
        await AssertProblemAsync(outside, HttpStatusCode.BadRequest, "to", "within-serial-range");
    }

    [Fact]
    public async Task TheScanPageShowsThePublicKeyInformationAndNotTheQuantity()
    {
        var uscc = await RegisterBatchAsync(seed: 3, Lot);

        var response = await Host.Anonymous.GetAsync($"/01/{TestBatches.Gtin}/10/{Lot}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Contains("lang=\"zh-CN\"", html);
        Assert.Contains("BV 2.5mm² 铜芯聚氯乙烯绝缘电线", html);
        Assert.Contains($"测试企业{uscc[^6..]}有限公司", html);
        Assert.Contains(TestBatches.Address, html);
        Assert.Contains("南湖区 建设街道", html);
        Assert.Contains("JC-2026-0815", html);
        Assert.Contains("嘉兴市质量检验检测研究院", html);
        Assert.Contains("已登记", html);
        Assert.Contains("绿码", html);
        Assert.DoesNotContain("5000", html);
        Assert.DoesNotContain("不合格", html);
    }

    [Fact]
    public async Task OnAPhoneInChromiumTheScanPageIsStyledWithinItsPolicy()
    {
        var uscc = await RegisterBatchAsync(seed: 13, Lot);
        await using var browser = await Wall.WallBrowser.LaunchAsync();
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true });

        await page.GotoAsync(new Uri(Host.BaseAddress, $"/01/{TestBatches.Gtin}/10/{Lot}").ToString());
        var banner = await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('.banner')).backgroundColor");
        var title = await page.Locator("h1").InnerTextAsync();
        (await Host.PostEventsAsync(TestBatches.FailedSampling(uscc, Lot, Clock.GetUtcNow().AddMinutes(-1)))).EnsureSuccessStatusCode();
        await Host.SettleAsync();
        await page.ReloadAsync();
        var failed = await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('.banner')).backgroundColor");

        Assert.Equal("rgb(0, 122, 61)", banner);
        Assert.Equal("BV 2.5mm² 铜芯聚氯乙烯绝缘电线", title);
        Assert.Equal("rgb(204, 0, 0)", failed);
        Assert.Equal("不合格", await page.Locator(".banner strong").InnerTextAsync());
        browser.AssertNoCspViolations();
    }

    [Fact]
    public async Task AFailedSamplingOfTheLotShowsTheNotPassedBannerAtTheNextScan()
    {
        var uscc = await RegisterBatchAsync(seed: 4, Lot);
        var otherLot = TestBatches.FailedSampling(uscc, "OTHER-LOT", Clock.GetUtcNow().AddMinutes(-30));
        (await Host.PostEventsAsync(otherLot)).EnsureSuccessStatusCode();
        await Host.SettleAsync();
        var (_, beforeHtml) = await Host.OpenAsync($"/01/{TestBatches.Gtin}/10/{Lot}");

        (await Host.PostEventsAsync(TestBatches.FailedSampling(uscc, Lot, Clock.GetUtcNow().AddMinutes(-10)))).EnsureSuccessStatusCode();
        await Host.SettleAsync();
        var (status, html) = await Host.OpenAsync($"/01/{TestBatches.Gtin}/10/{Lot}");
        var batch = await Host.GetJsonAsync($"/api/batches/{TestBatches.Gtin}?lot={Lot}");

        // Another lot's failure makes the producer red but does not touch this batch.
        Assert.DoesNotContain("不合格", beforeHtml);
        Assert.Contains("红码", beforeHtml);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("class=\"banner failed\" role=\"alert\"><strong>不合格</strong>", html);
        Assert.Equal("failed", batch["batch"]!["status"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("/01/06901234567892/10/NEVER-REGISTERED")]
    [InlineData("/01/06901234567893/10/L2026-1107A")]         // wrong check digit
    [InlineData("/01/not-a-gtin/10/L2026-1107A")]
    [InlineData("/01/06901234567892")]
    [InlineData("/01/06901234567892/10/L2026-1107A/21/1")]    // the batch is not serialised
    [InlineData("/01/06901234567892/10/L2026-1107A/22/1")]
    [InlineData("/01/06901234567892/10/%E6%89%B9%E6%AC%A1")]  // a lot of CJK characters is no GS1 lot
    [InlineData("/01/06901234567892/10/L2026-1107A/21/1/9")]
    public async Task AnUnknownOrDamagedCodeIsAnswered404UnregisteredNeverAnError(string path)
    {
        await RegisterBatchAsync(seed: 5, Lot);

        var (status, html) = await Host.OpenAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("<strong>未登记</strong>", html);
    }

    [Fact]
    public async Task ALinksetAnswersWithTheGs1LinkTypesOfTheBatch()
    {
        await RegisterBatchAsync(seed: 6, Lot);
        var request = new HttpRequestMessage(HttpMethod.Get, $"/01/{TestBatches.Gtin}/10/{Lot}");
        request.Headers.Accept.ParseAdd("application/linkset+json");

        var response = await Host.Anonymous.SendAsync(request);
        var links = (await response.Content.ReadFromJsonAsync<JsonObject>())!["linkset"]![0]!.AsObject();
        var html = await Host.Anonymous.GetAsync($"/01/{TestBatches.Gtin}/10/{Lot}");

        var anchor = $"{PublicBaseUrl}/01/{TestBatches.Gtin}/10/{Lot}";
        Assert.Equal("application/linkset+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(anchor, links["anchor"]!.GetValue<string>());
        Assert.Equal(anchor, links["https://gs1.org/voc/pip"]![0]!["href"]!.GetValue<string>());
        Assert.Equal(anchor + "#certificate", links["https://gs1.org/voc/certificationInfo"]![0]!["href"]!.GetValue<string>());
        Assert.Equal($"{PublicBaseUrl}/epcis/events?MATCH_epcClass={Uri.EscapeDataString(anchor)}",
            links["https://gs1.org/voc/traceability"]![0]!["href"]!.GetValue<string>());
        Assert.Contains("rel=\"linkset\"", string.Join(",", html.Headers.GetValues("Link")));
    }

    [Fact]
    public async Task ALotWithReservedCharactersRoundTripsThroughItsCode()
    {
        const string lot = "A/1%2B?x";
        await RegisterBatchAsync(seed: 7, lot);

        var scanned = await ExternalTool.ScanQrAsync(await Host.GetBytesAsync(
            $"/api/batches/{TestBatches.Gtin}/code.png?lot={Uri.EscapeDataString(lot)}"));
        var (status, html) = await Host.OpenAsync(scanned);

        Assert.Equal($"{PublicBaseUrl}/01/{TestBatches.Gtin}/10/A%2F1%252B%3Fx", scanned);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<dd>A/1%2B?x</dd>", html);
    }

    [Fact]
    public async Task TheCccCertificateNumberAndTheEcodeLeadToTheSameBatch()
    {
        var batch = TestBatches.Batch(TestEvents.Uscc(8), Lot, Clock.GetUtcNow().AddHours(-1));
        batch["cccCertificateNo"] = "2026010401234567";
        batch["ecode"] = "10012345678901234";
        await RegisterBatchAsync(seed: 8, batch);
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = Host.BaseAddress };

        var ccc = await client.GetAsync("/ccc/2026010401234567");
        var ecode = await client.GetAsync("/ecode/10012345678901234");
        var (unknown, _) = await Host.OpenAsync("/ccc/2026019999999999");

        Assert.Equal(HttpStatusCode.Redirect, ccc.StatusCode);
        Assert.Equal($"/01/{TestBatches.Gtin}/10/{Lot}", ccc.Headers.Location?.ToString());
        Assert.Equal(ccc.Headers.Location, ecode.Headers.Location);
        Assert.Equal(HttpStatusCode.NotFound, unknown);
    }

    [Theory]
    [InlineData("gtin", "06901234567893", "gtin", "gtin-check-digit", "expected '2'")]
    [InlineData("gtin", "6901234567892", "gtin", "gtin-format", "14 digits")]
    [InlineData("lot", "LOT 7", "lot", "gs1-characters", "' '")]
    [InlineData("lot", "L234567890123456789012", "lot", "max-length", "1 to 20")]
    [InlineData("quantity", 0, "quantity", "range", "from 1")]
    [InlineData("productionDate", "2026-13-01", "productionDate", "date", "yyyy-MM-dd")]
    [InlineData("productionDate", "2099-01-01", "productionDate", "not-in-future", "future")]
    [InlineData("serials", "last-before-first", "serials.last", "range", "not be before")]
    [InlineData("certificate", "no-issuer", "certificate.issuer", "required", "required")]
    public async Task ABadBatchIsRefusedNamingTheFieldAndTheRuleAndNothingIsRegistered(
        string field, object value, string path, string rule, string message)
    {
        var uscc = TestEvents.Uscc(9);
        (await Host.PostEventsAsync(TestBatches.Producer(uscc, Jianshe, Clock.GetUtcNow().AddDays(-3)))).EnsureSuccessStatusCode();
        var batch = TestBatches.Batch(uscc, Lot, Clock.GetUtcNow().AddHours(-1));
        batch[field] = value switch
        {
            "last-before-first" => new JsonObject { ["first"] = "000200", ["last"] = "000100" },
            "no-issuer" => new JsonObject { ["number"] = "JC-1", ["issuedOn"] = "2026-01-01" },
            int number => number,
            _ => (string)value,
        };

        var response = await Host.PostEventsAsync(batch);

        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        var error = Assert.Single(problem["results"]![0]!["errors"]!.AsArray())!;
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal((path, rule), (error["field"]!.GetValue<string>(), error["rule"]!.GetValue<string>()));
        Assert.Contains(message, error["message"]!.GetValue<string>());
        await Host.SettleAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await Host.Client.GetAsync($"/api/batches/{TestBatches.Gtin}?lot={Lot}")).StatusCode);
    }

    [Fact]
    public async Task ABatchIsOneProducersAndOfOneOfItsProducts()
    {
        await RegisterBatchAsync(seed: 10, Lot);
        var other = TestEvents.Uscc(11);
        (await Host.PostEventsAsync(TestBatches.Producer(other, Jiefang, Clock.GetUtcNow().AddDays(-3)))).EnsureSuccessStatusCode();
        var stranger = TestBatches.Batch(other, Lot, Clock.GetUtcNow().AddMinutes(-5));
        var unknownProduct = TestBatches.Batch(other, "L-OTHER", Clock.GetUtcNow().AddMinutes(-5));
        unknownProduct["productCode"] = "0999";

        var refusals = await Task.WhenAll(Host.PostEventsAsync(stranger), Host.PostEventsAsync(unknownProduct));

        var rules = new List<(string, string)>();
        foreach (var refusal in refusals)
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refusal.StatusCode);
            var error = (await refusal.Content.ReadFromJsonAsync<JsonObject>())!["results"]![0]!["errors"]![0]!;
            rules.Add((error["field"]!.GetValue<string>(), error["rule"]!.GetValue<string>()));
        }
        Assert.Equal([("lot", "batch-of-another-producer"), ("productCode", "unknown-product")], rules);
        var (_, html) = await Host.OpenAsync($"/01/{TestBatches.Gtin}/10/{Lot}");
        Assert.Contains($"测试企业{TestEvents.Uscc(10)[^6..]}有限公司", html);
    }

    [Fact]
    public async Task TheBatchApiRefusesABadGtinOrLotWithAProblemNamingTheParameter()
    {
        await AssertProblemAsync(await Host.Client.GetAsync("/api/batches/06901234567893?lot=A"), HttpStatusCode.BadRequest, "gtin", "gtin-check-digit");
        await AssertProblemAsync(await Host.Client.GetAsync($"/api/batches/{TestBatches.Gtin}"), HttpStatusCode.BadRequest, "lot", "required");
        await AssertProblemAsync(await Host.Client.GetAsync($"/api/batches/{TestBatches.Gtin}?lot=A"), HttpStatusCode.NotFound, "lot", "must-exist");
        await AssertProblemAsync(await Host.Client.GetAsync($"/api/batches/{TestBatches.Gtin}/code.png?lot=A&symbology=hanxin"),
            HttpStatusCode.BadRequest, "symbology", "one-of:qr,datamatrix");
        Assert.Equal(HttpStatusCode.Unauthorized, (await Host.Anonymous.GetAsync($"/api/batches/{TestBatches.Gtin}?lot=A")).StatusCode);
    }

    private Task<string> RegisterBatchAsync(int seed, string lot) =>
        RegisterBatchAsync(seed, TestBatches.Batch(TestEvents.Uscc(seed), lot, Clock.GetUtcNow().AddHours(-1)));

    private async Task<string> RegisterBatchAsync(int seed, JsonObject batch)
    {
        var uscc = TestEvents.Uscc(seed);
        await TestBatches.RegisterAsync(Host, uscc, batch);
        return uscc;
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string field, string rule)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"{(int)response.StatusCode}: {body}");
        var problem = JsonNode.Parse(body)!.AsObject();
        Assert.Equal((field, rule), (problem["field"]!.GetValue<string>(), problem["rule"]!.GetValue<string>()));
    }
}
