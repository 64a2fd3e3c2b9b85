using System.IO.Compression;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using QualityMap.Api.Security;
using QualityMap.Grains.Identity;
using QualityMap.Tests.Codes;
using QualityMap.Tests.EndToEnd;
using Xunit.Abstractions;
using static QualityMap.Tests.EndToEnd.TestEvents;

namespace QualityMap.Tests.Wall;

/// <summary>
/// A county clerk prints the codes of a town from the bureau page in Debian's Chromium: the choices are the county and
/// its towns only, the page shows the export's progress, and the file it downloads is the town's sheet of labels (its
/// names found by pdftotext, no other town's) or the county's ZIP of named PNGs.
/// </summary>
[Collection(WallCollection.Name)]
public sealed class BureauCodeExportTests(ITestOutputHelper output) : IDisposable
{
    private const string Nanhu = "330402";
    private const string Jianshe = "330402007";
    private const string Jiefang = "330402008";
    private const string Xiuzhou = "330411";
    private const string Password = "a-long-password";
    // Rendering runs on the server while the page polls once a second; a loaded machine may take a while.
    private static readonly LocatorAssertionsToHaveAttributeOptions s_rendered = new() { Timeout = 30_000 };
    private readonly TempDirectory _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task ACountyClerkPrintsATownsLabelSheetAndTheCountysNamedPngsFromTheBureauPage()
    {
        using var server = new WallServer(LoopbackPorts.Free(), _data.FullName, TestSignature.Settings("k1", ("k1", TestSignature.FirstSecret)));
        var accounts = server.Services.GetRequiredService<AccountService>();
        await accounts.CreateAccountAsync("nanhu-clerk", "南湖区市场监督管理局", Role.CountyBureau, Nanhu, isAdmin: false, Password, "test");
        var lastMonth = DateTimeOffset.UtcNow.AddDays(-30);
        var jianshe = Enumerable.Range(0, 3).Select(i => Uscc(9800 + i, Nanhu)).ToList();
        var jiefang = Uscc(9810, Nanhu);
        var outside = Uscc(9820, Xiuzhou);
        await server.PostEventsAsync([.. jianshe.Select(u => Registered(u, Jianshe, lastMonth)), Registered(jiefang, Jiefang, lastMonth),
            Registered(outside, "330411101", lastMonth)]);
        await SiloHost.EventuallyAsync(async () =>
            (await server.Http.GetFromJsonAsync<JsonObject>($"/api/regions/{Nanhu}/map"))!["region"]!["monitored"]!.GetValue<int>() == 4);

        await using var browser = await WallBrowser.LaunchAsync();
        var page = await browser.SignInToBureauPageAsync(server.BaseUrl, "nanhu-clerk", Password, height: 1400);

        var choices = await page.Locator("#export-form [name=region] option").EvaluateAllAsync<string[]>("options => options.map(o => o.value)");
        Assert.Equal(Nanhu, choices[0]);
        Assert.Contains(Jianshe, choices);
        Assert.DoesNotContain(Xiuzhou, choices);

        // A town's label sheet: progress, then the download, whose text names the town's enterprises and nobody else.
        await page.SelectOptionAsync("#export-form [name=region]", Jianshe);
        await page.SelectOptionAsync("#export-form [name=format]", "pdf");
        await page.ClickAsync("#export-form button[type=submit]");
        await Assertions.Expect(page.Locator("#export-progress")).ToHaveAttributeAsync("data-state", "completed", s_rendered);
        await Assertions.Expect(page.Locator("#export-progress")).ToContainTextAsync("建设街道：已生成 3 家");
        await Assertions.Expect(page.Locator("#export-download")).ToHaveTextAsync("下载 PDF 标签页");
        var sheet = await DownloadAsync(page, "sheet.pdf");
        Assert.EndsWith(".pdf", sheet.SuggestedFilename);
        var text = await Poppler.TextAsync(sheet.Path);
        foreach (var uscc in jianshe) Assert.Contains(NameOf(uscc), text);
        Assert.DoesNotContain(NameOf(jiefang), text);
        Assert.DoesNotContain(NameOf(outside), text);
        await WallArtifacts.ScreenshotAsync(page, "bureau-code-export", output);

        // The whole county as named PNGs: one image per enterprise of both towns, each taller than wide for its name.
        await page.SelectOptionAsync("#export-form [name=region]", Nanhu);
        await page.SelectOptionAsync("#export-form [name=format]", "png");
        await page.ClickAsync("#export-form button[type=submit]");
        await Assertions.Expect(page.Locator("#export-progress")).ToHaveAttributeAsync("data-state", "completed", s_rendered);
        await Assertions.Expect(page.Locator("#export-progress")).ToContainTextAsync("南湖区：已生成 4 家");
        await Assertions.Expect(page.Locator("#export-download")).ToHaveTextAsync("下载 ZIP 图片包");
        var pngs = await DownloadAsync(page, "codes.zip");
        using var zip = ZipFile.OpenRead(pngs.Path);
        Assert.Equal(4, zip.Entries.Count);
        Assert.Contains(zip.Entries, e => e.FullName.StartsWith($"{Jiefang}-", StringComparison.Ordinal));
        using var first = new MemoryStream();
        await using (var stream = zip.Entries[0].Open()) await stream.CopyToAsync(first);
        var image = PngImage.Decode(first.ToArray());
        Assert.True(image.Height > image.Width, $"{image.Width}×{image.Height}: no name under the code");
    }

    private async Task<(string Path, string SuggestedFilename)> DownloadAsync(IPage page, string file)
    {
        await Assertions.Expect(page.Locator("#export-download")).ToBeVisibleAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#export-download"));
        var path = Path.Combine(_data.FullName, file);
        await download.SaveAsAsync(path);
        return (path, download.SuggestedFilename);
    }
}
