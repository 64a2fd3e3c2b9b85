using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using QualityMap.Api.Codes;
using QualityMap.Api.Codes.Labels;
using QualityMap.Api.Codes.Rendering;
using QualityMap.Tests.EndToEnd;
using QualityMap.Tests.Trace;
using static QualityMap.Tests.Codes.CodeHost;

namespace QualityMap.Tests.Codes;

/// <summary>The label grid's configuration: checked at start for a scannable module, and per export for its quiet zone and symbology.</summary>
public sealed class LabelSheetOptionsTests : IDisposable
{
    private readonly TempDirectory _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public void TheDefaultGridPrintsTwelveLabelsOfA54MillimetreCodeWithModulesOverAMillimetre()
    {
        var layout = new LabelSheetLayout(new LabelSheetOptions());

        Assert.Equal(12, layout.PerPage);
        Assert.InRange(layout.CodeSideMm, 53, 54.5);
        Assert.Empty(Validate(new CodesOptions { PublicBaseUrl = PublicBaseUrl, KeyDirectory = _data.FullName }));
        Assert.Equal((10 + 2 * (layout.CellWidthMm + 4), 10 + 3 * (layout.CellHeightMm + 4)), (layout.CellOrigin(11).X, layout.CellOrigin(11).Y));
    }

    [Theory]
    [InlineData("Columns", "8", "MinModuleMm")]
    [InlineData("Rows", "0", "Codes:LabelSheet:Rows")]
    [InlineData("GapMm", "-1", "Codes:LabelSheet:GapMm")]
    [InlineData("NamePt", "4", "Codes:LabelSheet:NamePt")]
    [InlineData("PageMarginMm", "100", "MinModuleMm")]
    public async Task AGridThatCannotPrintAScannableCodeStopsTheStartNamingTheKey(string key, string value, string named)
    {
        var settings = TestSignature.Settings("k1", ("k1", TestSignature.FirstSecret));
        settings[$"Codes:LabelSheet:{key}"] = value;

        var error = await Assert.ThrowsAsync<OptionsValidationException>(async () =>
        {
            await using var host = new SiloHost(_data.FullName, new ManualTimeProvider(), settings);
            host.Client.Dispose();
        });

        Assert.Contains(named, error.Message);
    }

    [Fact]
    public async Task AQuietZoneThatWouldShrinkTheModulesBelowTheMinimumIsRefusedForTheSheetOnly()
    {
        // Five columns leave a 34.8 mm code: 0.71 mm modules with the standard 4-module quiet zone, 0.43 mm with 20.
        var options = new CodesOptions { PublicBaseUrl = PublicBaseUrl, KeyDirectory = _data.FullName, LabelSheet = new() { Columns = 5 } };
        Assert.Empty(Validate(options));
        var fit = new LabelSheetFit(Options.Create(options), new HanXinEncoder(Options.Create(options)));

        var standard = await fit.RefuseAsync(new CodeRequest(CodeFormat.Svg, Symbology.Qr, 8, 4, false), CancellationToken.None);
        var wide = await fit.RefuseAsync(new CodeRequest(CodeFormat.Svg, Symbology.Qr, 8, 20, false), CancellationToken.None);
        var hanXin = await fit.RefuseAsync(new CodeRequest(CodeFormat.Svg, Symbology.HanXin, 8, 3, false), CancellationToken.None);

        Assert.Null(standard);
        Assert.Equal(("quietZone", "fits-label"), (wide?.Field, wide?.Rule));
        Assert.Null(hanXin);
    }

    [Fact]
    public async Task WithoutAChineseFontNamedPngsAndBothSheetsAreA503AndPlainCodesStillRender()
    {
        var settings = TestSignature.Settings("k1", ("k1", TestSignature.FirstSecret));
        settings["Printing:FontFile"] = "/nonexistent/font.ttf";
        await using var host = new SiloHost(_data.FullName, new ManualTimeProvider(), settings);
        var uscc = await host.RegisterAsync(Jianshe, seed: 30);
        var batch = TestBatches.Batch(TestEvents.Uscc(31), "L-NOFONT", host.Clock.GetUtcNow().AddHours(-1));
        batch["serials"] = new JsonObject { ["first"] = "001", ["last"] = "009" };
        await TestBatches.RegisterAsync(host, TestEvents.Uscc(31), batch);

        var named = await host.Client.GetAsync($"/api/enterprises/{uscc}/code.png?label=true");
        var sheet = await host.Client.PostAsync("/api/regions/330402/code-exports?format=pdf", null);
        var traceSheet = await host.Client.GetAsync($"/api/batches/{TestBatches.Gtin}/labels.pdf?lot=L-NOFONT");
        var plain = await host.Client.GetAsync($"/api/enterprises/{uscc}/code.png");

        await ProblemAssert.IsAsync(named, HttpStatusCode.ServiceUnavailable, "urn:qualitymap:problem:font-unavailable");
        await ProblemAssert.IsAsync(sheet, HttpStatusCode.ServiceUnavailable, "urn:qualitymap:problem:font-unavailable");
        await ProblemAssert.IsAsync(traceSheet, HttpStatusCode.ServiceUnavailable, "urn:qualitymap:problem:font-unavailable");
        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
    }

    private static IEnumerable<string> Validate(CodesOptions options) =>
        new CodesOptionsValidator().Validate(null, options).Failures ?? [];
}
