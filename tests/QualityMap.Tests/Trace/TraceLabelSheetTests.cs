using System.Net;
using System.Text.Json.Nodes;
using QualityMap.Grains.Identity;
using QualityMap.Tests.Codes;
using QualityMap.Tests.EndToEnd;
using static QualityMap.Tests.Codes.CodeHost;

namespace QualityMap.Tests.Trace;

/// <summary>
/// A serialised batch's labels as an A4 sheet for the producer's printer, read back with poppler, zbarimg and ZXing.Net
/// only: every item of the range on its own label, its code scanning to the item's Digital Link, with the product's
/// name and the GS1 human-readable text under it.
/// </summary>
public sealed class TraceLabelSheetTests() : SiloTest(settings: TestSignature.Settings("k1", ("k1", TestSignature.FirstSecret)))
{
    private const string Lot = "L2026-1206B";

    [Fact]
    public async Task EachItemOfTheRangeGetsALabelThatScansToItsLinkWithTheProductAndItsHumanReadableText()
    {
        await RegisterSerialisedBatchAsync();

        var response = await Host.Client.GetAsync($"/api/batches/{TestBatches.Gtin}/labels.pdf?lot={Lot}&from=000001&to=000013");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"{TestBatches.Gtin}-{Lot}-000001-000013.pdf", response.Content.Headers.ContentDisposition?.FileName);
        var pdf = Data.Write("trace-labels.pdf", "");
        await File.WriteAllBytesAsync(pdf, await response.Content.ReadAsByteArrayAsync());
        // 3 × 4 labels a page (the defaults): 12 on the first page, the 13th alone on the second.
        Assert.Equal(2, await Poppler.PageCountAsync(pdf));
        Assert.Empty(await Poppler.ImagesAsync(pdf));
        for (var index = 0; index < 13; index++)
        {
            var serial = $"{index + 1:D6}";
            var (page, cell) = (index / 12 + 1, PageArea.LabelCell(index % 12));
            var png = await Poppler.RenderAreaAsync(pdf, page, cell, dpi: 300, Path.Combine(Data.FullName, $"trace-label-{index}.png"));
            Assert.Equal($"{PublicBaseUrl}/01/{TestBatches.Gtin}/10/{Lot}/21/{serial}", await ExternalTool.ScanQrAsync(await File.ReadAllBytesAsync(png)));
            var text = Compact(await Poppler.TextAsync(pdf, page, cell));
            Assert.Contains(Compact("BV 2.5mm² 铜芯聚氯乙烯绝缘电线"), text);
            Assert.Contains($"(01){TestBatches.Gtin}(10){Lot}(21){serial}", text);
        }
        Assert.Equal("", (await Poppler.TextAsync(pdf, 2, PageArea.LabelCell(1))).Trim());
    }

    [Fact]
    public async Task ADataMatrixSheetScansWithZxing()
    {
        await RegisterSerialisedBatchAsync();

        var pdf = Data.Write("trace-datamatrix.pdf", "");
        await File.WriteAllBytesAsync(pdf, await Host.GetBytesAsync($"/api/batches/{TestBatches.Gtin}/labels.pdf?lot={Lot}&from=000050&to=000050&symbology=datamatrix"));

        var png = await Poppler.RenderAreaAsync(pdf, 1, PageArea.LabelCell(0), dpi: 300, Path.Combine(Data.FullName, "trace-datamatrix.png"));
        Assert.Equal($"{PublicBaseUrl}/01/{TestBatches.Gtin}/10/{Lot}/21/000050", DataMatrixScanner.Scan(await File.ReadAllBytesAsync(png)));
    }

    [Fact]
    public async Task BadRequestsAreProblemDetailsAndAnotherCountyIsRefused()
    {
        await RegisterSerialisedBatchAsync();
        var sheet = $"/api/batches/{TestBatches.Gtin}/labels.pdf?lot={Lot}";

        await ProblemAssert.IsAsync(await Host.Client.GetAsync($"{sheet}&size=4"), HttpStatusCode.BadRequest,
            "urn:qualitymap:problem:invalid-code-option", "size", "not-with-pdf");
        await ProblemAssert.IsAsync(await Host.Client.GetAsync($"{sheet}&symbology=hanxin"), HttpStatusCode.BadRequest,
            "urn:qualitymap:problem:invalid-code-option", "symbology", "one-of:qr,datamatrix");
        await ProblemAssert.IsAsync(await Host.Client.GetAsync($"{sheet}&from=000100&to=000101"), HttpStatusCode.BadRequest,
            "urn:qualitymap:problem:invalid-trace-code", "to", "within-serial-range");
        await ProblemAssert.IsAsync(await Host.Client.GetAsync($"{sheet}&from=000009&to=000001"), HttpStatusCode.BadRequest,
            "urn:qualitymap:problem:invalid-trace-code", "to", "range");
        var xiuzhou = Host.ClientWithKey(await Host.KeyForAsync("xiuzhou-clerk", Role.CountyBureau, "330411"));
        await ProblemAssert.IsAsync(await xiuzhou.GetAsync(sheet), HttpStatusCode.Forbidden, "urn:qualitymap:problem:out-of-scope", "gtin");
    }

    private async Task RegisterSerialisedBatchAsync()
    {
        var uscc = TestEvents.Uscc(31);
        var batch = TestBatches.Batch(uscc, Lot, Clock.GetUtcNow().AddHours(-1));
        batch["serials"] = new JsonObject { ["first"] = "000001", ["last"] = "000100" };
        await TestBatches.RegisterAsync(Host, uscc, batch);
    }

    private static string Compact(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
