using System.IO.Compression;
using System.Net;
using System.Text.Json.Nodes;
using QualityMap.Grains.Identity;
using QualityMap.Tests.EndToEnd;
using static QualityMap.Tests.Codes.CodeHost;

namespace QualityMap.Tests.Codes;

/// <summary>Bulk export of a region's codes: total at once, progress, then a ZIP with one file per monitored enterprise.</summary>
public sealed class CodeExportTests() : SiloTest(settings: TestSignature.Settings("k1", ("k1", TestSignature.FirstSecret)))
{
    [Fact]
    public async Task ACountyExportHoldsEveryMonitoredEnterpriseOfItsTownsInTheirCurrentColours()
    {
        var jianshe = new[] { await Host.RegisterAsync(Jianshe, 51), await Host.RegisterAsync(Jianshe, 52) };
        var jiefang = await Host.RegisterAsync(Jiefang, 53);
        var closed = await Host.RegisterAsync(Jiefang, 54);
        var elsewhere = await Host.RegisterAsync(Xincheng, 55);
        await Host.MakeHighRiskAsync(jianshe[1]);
        (await Host.PostEventsAsync(new { eventId = TestEvents.NewId("close"), kind = "enterprise_closed", uscc = closed, occurredAt = Host.Clock.GetUtcNow() }))
            .EnsureSuccessStatusCode();
        await Host.SettleAsync();

        var started = await Host.Client.PostAsync("/api/regions/330402/code-exports?format=png&size=4", null);

        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var view = JsonNode.Parse(await started.Content.ReadAsStringAsync())!;
        Assert.Equal(3, view["total"]!.GetValue<int>());
        Assert.Equal("南湖区", view["regionName"]!.GetValue<string>());
        var status = started.Headers.Location!.ToString();
        await SiloHost.EventuallyAsync(async () => (await Host.GetJsonAsync(status))["state"]!.GetValue<string>() == "completed");
        var done = await Host.GetJsonAsync(status);
        Assert.Equal(3, done["done"]!.GetValue<int>());

        using var zip = new ZipArchive(new MemoryStream(await Host.GetBytesAsync(done["downloadUrl"]!.GetValue<string>())));
        var names = zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(
            [
                $"330402007-建设街道/{jianshe[0]}-测试企业{jianshe[0][^6..]}有限公司.png",
                $"330402007-建设街道/{jianshe[1]}-测试企业{jianshe[1][^6..]}有限公司.png",
                $"330402008-解放街道/{jiefang}-测试企业{jiefang[^6..]}有限公司.png",
            ],
            names);
        Assert.DoesNotContain(zip.Entries, e => e.FullName.Contains(elsewhere) || e.FullName.Contains(closed));
        var red = zip.Entries.Single(e => e.FullName.Contains(jianshe[1]));
        var png = ReadAll(red);
        Assert.Equal((0xCC, 0x00, 0x00), DominantDarkColour(PngImage.Decode(png)));
        Assert.Equal($"{PublicBaseUrl}/v/{TestSignature.Token(jianshe[1], "k1", TestSignature.FirstSecret)}", await ExternalTool.ScanQrAsync(png));
    }

    [Fact]
    public async Task APngExportWithLabelsHoldsCodesWithTheNameUnderThemThatStillScan()
    {
        var uscc = await Host.RegisterAsync(Jiefang, 56);

        var started = await Host.Client.PostAsync("/api/regions/330402008/code-exports?format=png&size=5&label=true", null);

        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var status = started.Headers.Location!.ToString();
        await SiloHost.EventuallyAsync(async () => (await Host.GetJsonAsync(status))["state"]!.GetValue<string>() == "completed");
        var done = await Host.GetJsonAsync(status);
        using var zip = new ZipArchive(new MemoryStream(await Host.GetBytesAsync(done["downloadUrl"]!.GetValue<string>())));
        var png = ReadAll(Assert.Single(zip.Entries));
        var image = PngImage.Decode(png);
        Assert.Equal((41 + 2 * 4) * 5, image.Width);
        Assert.True(image.Height > image.Width);
        Assert.Equal($"{PublicBaseUrl}/v/{TestSignature.Token(uscc, "k1", TestSignature.FirstSecret)}", await ExternalTool.ScanQrAsync(png));
    }

    [Fact]
    public async Task AnExportIsReadAndDownloadedOnlyInsideTheRegionItWasStartedFor()
    {
        await Host.RegisterAsync(Jiefang, 57);
        var nanhu = Host.ClientWithKey(await Host.KeyForAsync("nanhu-clerk", Role.CountyBureau, "330402"));
        var xiuzhou = Host.ClientWithKey(await Host.KeyForAsync("xiuzhou-clerk", Role.CountyBureau, "330411"));

        var started = await nanhu.PostAsync("/api/regions/330402008/code-exports", null);

        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var status = started.Headers.Location!.ToString();
        await SiloHost.EventuallyAsync(async () =>
            JsonNode.Parse(await nanhu.GetStringAsync(status))!["state"]!.GetValue<string>() == "completed");
        var download = JsonNode.Parse(await nanhu.GetStringAsync(status))!["downloadUrl"]!.GetValue<string>();
        Assert.Equal(HttpStatusCode.OK, (await nanhu.GetAsync(download)).StatusCode);
        foreach (var url in new[] { status, download })
            await ProblemAssert.IsAsync(await xiuzhou.GetAsync(url), HttpStatusCode.Forbidden, "urn:qualitymap:problem:out-of-scope", "id");
    }

    [Fact]
    public async Task ExportsOfUnknownRegionsAndIdsAndBadOptionsAreProblemDetails()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await Host.Client.PostAsync("/api/regions/339999/code-exports", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Host.Client.GetAsync("/api/code-exports/nope")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Host.Client.GetAsync("/api/code-exports/nope/zip")).StatusCode);
        var badFormat = await Host.Client.PostAsync("/api/regions/330402/code-exports?format=tiff", null);
        Assert.Equal(HttpStatusCode.BadRequest, badFormat.StatusCode);
        Assert.Equal("format", JsonNode.Parse(await badFormat.Content.ReadAsStringAsync())!["field"]!.GetValue<string>());
    }

    private static byte[] ReadAll(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
