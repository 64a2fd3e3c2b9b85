using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using QualityMap.Tests.EndToEnd;
using Xunit.Abstractions;
using static QualityMap.Tests.Codes.CodeHost;

namespace QualityMap.Tests.Codes;

/// <summary>
/// The bulk export as a PDF sheet of labels (code, name, credit code), read back with poppler and zbarimg only. Its
/// first page is the README's picture: set QUALITYMAP_LABELS_PICTURE to a path (e.g. docs/labels.png) to write it there.
/// </summary>
public sealed class LabelSheetTests(ITestOutputHelper output)
    : SiloTest(settings: TestSignature.Settings("k1", ("k1", TestSignature.FirstSecret)))
{
    // Longer names than the registered default wrap onto the label's second line; one keeps a character whose glyph is
    // shared with a Kangxi radical (示), which a PDF reader maps back to the radical unless the text is carried along.
    private static readonly string[] LongNames =
    [
        "嘉兴市南湖区示例电线电缆制造有限责任公司",
        "浙江嘉禾安全帽科技股份有限公司",
        "嘉兴（南湖）儿童玩具有限公司",
    ];

    [Fact]
    public async Task APdfSheetPutsEveryMonitoredEnterpriseOnALabelThatScansToItsUrlWithItsNameAndPageBreaksEveryTwelve()
    {
        var usccs = await RegisterAsync(count: 14);
        await Host.MakeHighRiskAsync(usccs[1]);

        var started = await Host.Client.PostAsync("/api/regions/330402/code-exports?format=pdf", null);

        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var status = started.Headers.Location!.ToString();
        await SiloHost.EventuallyAsync(async () => (await Host.GetJsonAsync(status))["state"]!.GetValue<string>() == "completed");
        var done = await Host.GetJsonAsync(status);
        Assert.Equal(14, done["done"]!.GetValue<int>());
        var downloadUrl = done["downloadUrl"]!.GetValue<string>();
        Assert.EndsWith("/pdf", downloadUrl);
        var download = await Host.Client.GetAsync(downloadUrl);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await Host.Client.GetAsync(status + "/zip")).StatusCode);
        var pdf = Data.Write("sheet.pdf", "");
        await File.WriteAllBytesAsync(pdf, await download.Content.ReadAsByteArrayAsync());

        // 3 × 4 labels a page (the defaults): 12 on the first page, 2 on the second.
        Assert.Equal(2, await Poppler.PageCountAsync(pdf));
        // The codes are drawn as rectangles, not as images a printer would blur.
        Assert.Empty(await Poppler.ImagesAsync(pdf));
        var found = new List<string>();
        for (var index = 0; index < 14; index++)
        {
            var (page, cell) = (index / 12 + 1, PageArea.LabelCell(index % 12));
            var png = await Poppler.RenderAreaAsync(pdf, page, cell, dpi: 300, Path.Combine(Data.FullName, $"label-{index}.png"));
            var url = await ExternalTool.ScanQrAsync(await File.ReadAllBytesAsync(png));
            var uscc = url[$"{PublicBaseUrl}/v/".Length..].Split('.')[0];
            Assert.Equal($"{PublicBaseUrl}/v/{TestSignature.Token(uscc, "k1", TestSignature.FirstSecret)}", url);
            // The label's own text: its enterprise's name (a long one wraps; its lines read back in order) and credit code.
            var text = await Poppler.TextAsync(pdf, page, cell);
            Assert.Contains(NameOf(uscc, Array.IndexOf(usccs, uscc)), text.Replace("\n", "", StringComparison.Ordinal));
            Assert.Contains(uscc, text);
            found.Add(uscc);
        }
        Assert.Equal(usccs.Order(StringComparer.Ordinal), found.Order(StringComparer.Ordinal));
        Assert.Equal("", (await Poppler.TextAsync(pdf, 2, PageArea.LabelCell(2))).Trim());

        var first = PngImage.Decode(await File.ReadAllBytesAsync((await Poppler.RenderPagesAsync(pdf, dpi: 100, Data.FullName, onlyPage: 1)).Single()));
        Assert.Contains(first.Pixels, p => p == (0xCC, 0x00, 0x00));
        Assert.Contains(first.Pixels, p => p == (0x00, 0x7A, 0x3D));

        if (Environment.GetEnvironmentVariable("QUALITYMAP_LABELS_PICTURE") is { Length: > 0 } copy)
        {
            var picture = (await Poppler.RenderPagesAsync(pdf, dpi: 80, Directory.CreateTempSubdirectory("qualitymap-labels-").FullName, onlyPage: 1)).Single();
            File.Copy(picture, copy, overwrite: true);
            output.WriteLine($"copied to {Path.GetFullPath(copy)}");
        }
    }

    [Fact]
    public async Task AHanXinSheetDrawsZintsSymbolsAsVectorsWithTheirNames()
    {
        var usccs = await RegisterAsync(count: 2);

        var started = await Host.Client.PostAsync("/api/regions/330402/code-exports?format=pdf&symbology=hanxin", null);

        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var status = started.Headers.Location!.ToString();
        await SiloHost.EventuallyAsync(async () => (await Host.GetJsonAsync(status))["state"]!.GetValue<string>() == "completed");
        var pdf = Data.Write("hanxin.pdf", "");
        await File.WriteAllBytesAsync(pdf, await Host.GetBytesAsync(status + "/pdf"));
        Assert.Equal(1, await Poppler.PageCountAsync(pdf));
        Assert.Empty(await Poppler.ImagesAsync(pdf));
        var text = (await Poppler.TextAsync(pdf)).Replace("\n", "", StringComparison.Ordinal);
        Assert.All(usccs.Select(NameOf), name => Assert.Contains(name, text));
        // zbarimg reads no Han Xin; the first label's cell holds the symbol's dark modules in the low-risk green.
        var cell = PngImage.Decode(await File.ReadAllBytesAsync(await Poppler.RenderAreaAsync(pdf, 1, PageArea.LabelCell(0), dpi: 150, Path.Combine(Data.FullName, "hanxin.png"))));
        Assert.True(cell.Pixels.Count(p => p == (0x00, 0x7A, 0x3D)) > cell.Width * cell.Height / 10);
    }

    [Theory]
    [InlineData("format=pdf&size=4", "size", "not-with-pdf")]
    [InlineData("format=pdf&label=true", "label", "not-with-pdf")]
    [InlineData("format=pdf&quietZone=2", "quietZone", "integer-4-20")]
    [InlineData("format=tiff", "format", "one-of:svg,png,pdf")]
    public async Task BadSheetOptionsAreProblemDetailsNamingTheFieldAndRule(string query, string field, string rule)
    {
        var response = await Host.Client.PostAsync($"/api/regions/330402/code-exports?{query}", null);

        await ProblemAssert.IsAsync(response, HttpStatusCode.BadRequest, "urn:qualitymap:problem:invalid-code-option", field, rule);
    }

    private async Task<string[]> RegisterAsync(int count)
    {
        var usccs = Enumerable.Range(0, count).Select(i => TestEvents.Uscc(60 + i)).ToArray();
        var events = usccs.Select((uscc, i) =>
        {
            var registered = JsonNode.Parse(JsonSerializer.Serialize(TestEvents.Registered(uscc, i % 2 == 0 ? Jianshe : Jiefang, Host.Clock.GetUtcNow().AddDays(-30))))!;
            registered["name"] = NameOf(uscc, i);
            return (object)registered;
        });
        (await Host.PostEventsAsync([.. events])).EnsureSuccessStatusCode();
        await Host.SettleAsync();
        return usccs;
    }

    private static string NameOf(string uscc, int index) => index < LongNames.Length ? LongNames[index] : $"测试企业{uscc[^6..]}有限公司";
}
