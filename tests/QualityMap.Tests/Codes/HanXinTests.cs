using System.Net;
using System.Text.Json.Nodes;
using QualityMap.Tests.EndToEnd;
using static QualityMap.Tests.Codes.CodeHost;

namespace QualityMap.Tests.Codes;

/// <summary>Han Xin codes (GB/T 21049) encoded by zint: the PNG holds exactly zint's symbol, in the code's colour.</summary>
public sealed class HanXinTests : IDisposable
{
    private readonly TempDirectory _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task HanXinPngIsZintsSymbolAtTheRequestedSizeAndColour()
    {
        await using var host = new SiloHost(_data.FullName, new ManualTimeProvider(), TestSignature.Settings("k1", ("k1", TestSignature.FirstSecret)));
        var uscc = await host.RegisterAsync(Jianshe, seed: 11);
        await host.MakeHighRiskAsync(uscc);
        const int size = 5, quietZone = 3;

        var png = await host.GetBytesAsync($"/api/enterprises/{uscc}/code.png?symbology=hanxin&size={size}&quietZone={quietZone}");

        var modules = await ExternalTool.HanXinModulesAsync($"{PublicBaseUrl}/v/{TestSignature.Token(uscc, "k1", TestSignature.FirstSecret)}");
        var expectedSide = (modules.Length + 2 * quietZone) * size;
        Assert.Equal((expectedSide, expectedSide), PngImage.ReadSize(png));
        var image = PngImage.Decode(png);
        var red = (0xCC, 0x00, 0x00);
        for (var y = 0; y < modules.Length; y++)
        for (var x = 0; x < modules.Length; x++)
        {
            var pixel = image[(x + quietZone) * size + size / 2, (y + quietZone) * size + size / 2];
            Assert.Equal(modules[y][x] == '1' ? red : (255, 255, 255), pixel);
        }
    }

    [Fact]
    public async Task HanXinSvgIsServedToo()
    {
        await using var host = new SiloHost(_data.FullName, new ManualTimeProvider());
        var uscc = await host.RegisterAsync(Jianshe, seed: 12);

        var svg = System.Text.Encoding.UTF8.GetString(await host.GetBytesAsync($"/api/enterprises/{uscc}/code.svg?symbology=hanxin&label=true"));

        Assert.Contains("fill=\"#007A3D\"", svg);
        Assert.Contains("测试企业", svg);
    }

    [Fact]
    public async Task WithoutZintHanXinIsAClearProblemAndQrStillWorks()
    {
        var settings = new Dictionary<string, string?> { ["Codes:ZintPath"] = "/nonexistent/zint" };
        await using var host = new SiloHost(_data.FullName, new ManualTimeProvider(), settings);
        var uscc = await host.RegisterAsync(Jianshe, seed: 13);

        var response = await host.Client.GetAsync($"/api/enterprises/{uscc}/code.png?symbology=hanxin");
        var export = await host.Client.PostAsync("/api/regions/330402/code-exports?symbology=hanxin", null);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("urn:qualitymap:problem:hanxin-unavailable", JsonNode.Parse(await response.Content.ReadAsStringAsync())!["type"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, export.StatusCode);
        Assert.StartsWith("http://localhost:5080/v/", await ExternalTool.ScanQrAsync(await host.GetBytesAsync($"/api/enterprises/{uscc}/code.png")));
    }
}
