using System.Net;
using System.Text.Json.Nodes;
using QualityMap.Tests.EndToEnd;
using static QualityMap.Tests.Codes.CodeHost;

namespace QualityMap.Tests.Codes;

/// <summary>QR codes scanned by an independent decoder (zbarimg), their signature and their colour read from the PNG pixels.</summary>
public sealed class QrCodeTests() : SiloTest(settings: TestSignature.Settings("k1", ("k1", TestSignature.FirstSecret)))
{
    [Fact]
    public async Task PngScansToTheSignedVerificationUrlAndIsGreenForALowRiskEnterprise()
    {
        var uscc = await Host.RegisterAsync(Jianshe, seed: 1);

        var png = await Host.GetBytesAsync($"/api/enterprises/{uscc}/code.png");

        Assert.Equal($"{PublicBaseUrl}/v/{TestSignature.Token(uscc, "k1", TestSignature.FirstSecret)}", await ExternalTool.ScanQrAsync(png));
        var (r, g, b) = DominantDarkColour(PngImage.Decode(png));
        Assert.True(g > 100 && r < 40 && b < 90, $"dark modules should be clearly green, were #{r:X2}{g:X2}{b:X2}");
    }

    [Fact]
    public async Task AnEnterpriseTurningHighRiskFlipsTheNextRenderedCodeToRed()
    {
        var uscc = await Host.RegisterAsync(Jianshe, seed: 2);
        var before = PngImage.Decode(await Host.GetBytesAsync($"/api/enterprises/{uscc}/code.png"));

        await Host.MakeHighRiskAsync(uscc);
        var png = await Host.GetBytesAsync($"/api/enterprises/{uscc}/code.png");

        Assert.True(DominantDarkColour(before).G > 100);
        var (r, g, b) = DominantDarkColour(PngImage.Decode(png));
        Assert.True(r > 150 && g < 40 && b < 40, $"dark modules should be clearly red, were #{r:X2}{g:X2}{b:X2}");
        // The colour lives in the page, not in the code: the payload did not change.
        Assert.Equal($"{PublicBaseUrl}/v/{TestSignature.Token(uscc, "k1", TestSignature.FirstSecret)}", await ExternalTool.ScanQrAsync(png));
    }

    [Theory]
    [InlineData(1, 4)]
    [InlineData(8, 4)]
    [InlineData(3, 10)]
    public async Task SizeAndQuietZoneSetThePixelDimensionsAndTheCodeStillScans(int size, int quietZone)
    {
        var uscc = await Host.RegisterAsync(Jianshe, seed: 3);

        var png = await Host.GetBytesAsync($"/api/enterprises/{uscc}/code.png?size={size}&quietZone={quietZone}");

        var image = PngImage.Decode(png);
        // The URL is 66 characters: QR version 6 at level Q, 41 modules across.
        Assert.Equal((41 + 2 * quietZone) * size, image.Width);
        Assert.Equal(image.Width, image.Height);
        Assert.Equal((255, 255, 255), image[quietZone * size - 1, quietZone * size - 1]);
        Assert.NotEqual((255, 255, 255), image[quietZone * size, quietZone * size]); // the finder's corner
        if (size >= 3) Assert.StartsWith(PublicBaseUrl, await ExternalTool.ScanQrAsync(png));
    }

    [Fact]
    public async Task SvgCarriesTheColourAndOptionallyTheEscapedNameBelowTheCode()
    {
        var uscc = TestEvents.Uscc(4);
        var registered = TestEvents.Registered(uscc, Jianshe, Host.Clock.GetUtcNow().AddDays(-1));
        var named = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(registered))!.AsObject();
        named["name"] = "嘉兴<甲&乙>电缆有限公司";
        (await Host.PostEventsAsync(named)).EnsureSuccessStatusCode();
        await Host.SettleAsync();

        var plain = await Host.Client.GetAsync($"/api/enterprises/{uscc}/code.svg");
        var labelled = await (await Host.Client.GetAsync($"/api/enterprises/{uscc}/code.svg?label=true&size=4")).Content.ReadAsStringAsync();

        Assert.Equal("image/svg+xml", plain.Content.Headers.ContentType?.MediaType);
        Assert.True(plain.Headers.CacheControl?.NoStore);
        var svg = await plain.Content.ReadAsStringAsync();
        Assert.Contains("fill=\"#007A3D\"", svg);
        Assert.DoesNotContain("<text", svg);
        Assert.Contains(">嘉兴&lt;甲&amp;乙&gt;电缆有限公司</text>", labelled);
        Assert.Contains("width=\"196\"", labelled); // (41 + 2 × 4) modules × 4 px
        System.Xml.Linq.XDocument.Parse(labelled);
    }

    [Fact]
    public async Task PngWithTheNameStillScansAndAboveTheNameIsTheUnlabelledCode()
    {
        var uscc = await Host.RegisterAsync(Jianshe, seed: 8);

        var plain = await Host.GetBytesAsync($"/api/enterprises/{uscc}/code.png?size=6");
        var labelled = await Host.GetBytesAsync($"/api/enterprises/{uscc}/code.png?size=6&label=true");

        Assert.Equal($"{PublicBaseUrl}/v/{TestSignature.Token(uscc, "k1", TestSignature.FirstSecret)}", await ExternalTool.ScanQrAsync(labelled));
        var (above, code) = (PngImage.Decode(labelled), PngImage.Decode(plain));
        Assert.Equal(code.Width, above.Width);
        Assert.True(above.Height > code.Height + 2 * 6, $"{above.Height} px leaves no room for the name under the {code.Height} px code");
        Assert.True(Enumerable.Range(0, code.Height).All(y => Enumerable.Range(0, code.Width).All(x => above[x, y] == code[x, y])),
            "the labelled PNG's square differs from the unlabelled code");
        Assert.Contains(Enumerable.Range(code.Height, above.Height - code.Height).SelectMany(y => Enumerable.Range(0, above.Width).Select(x => above[x, y])),
            pixel => pixel == (0, 0, 0));
    }

    [Theory]
    [InlineData("code.png?size=0", "size", "integer-1-40")]
    [InlineData("code.png?size=41", "size", "integer-1-40")]
    [InlineData("code.svg?size=big", "size", "integer-1-40")]
    [InlineData("code.png?quietZone=3", "quietZone", "integer-4-20")]
    [InlineData("code.png?symbology=hanxin&quietZone=2", "quietZone", "integer-3-20")]
    [InlineData("code.png?quietZone=21", "quietZone", "integer-4-20")]
    [InlineData("code.png?symbology=aztec", "symbology", "one-of:qr,hanxin")]
    [InlineData("code.svg?label=yes", "label", "boolean")]
    [InlineData("code.png?label=true&size=3", "size", "integer-4-40-with-label")]
    public async Task BadOptionsAreProblemDetailsNamingTheFieldAndRule(string query, string field, string rule)
    {
        var uscc = await Host.RegisterAsync(Jianshe, seed: 5);

        var response = await Host.Client.GetAsync($"/api/enterprises/{uscc}/{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("urn:qualitymap:problem:invalid-code-option", problem["type"]!.GetValue<string>());
        Assert.Equal(field, problem["field"]!.GetValue<string>());
        Assert.Equal(rule, problem["rule"]!.GetValue<string>());
    }

    [Fact]
    public async Task UnknownMalformedAndClosedEnterprisesHaveNoCode()
    {
        var closed = await Host.RegisterAsync(Jianshe, seed: 6);
        (await Host.PostEventsAsync(new { eventId = TestEvents.NewId("close"), kind = "enterprise_closed", uscc = closed, occurredAt = Host.Clock.GetUtcNow() }))
            .EnsureSuccessStatusCode();
        await Host.SettleAsync();

        Assert.Equal("urn:qualitymap:problem:unknown-enterprise", await ProblemTypeAsync($"/api/enterprises/{TestEvents.Uscc(7)}/code.png", HttpStatusCode.NotFound));
        Assert.Equal("urn:qualitymap:problem:invalid-uscc", await ProblemTypeAsync("/api/enterprises/91350100M000100Y44/code.svg", HttpStatusCode.BadRequest));
        Assert.Equal("urn:qualitymap:problem:enterprise-not-monitored", await ProblemTypeAsync($"/api/enterprises/{closed}/code.png", HttpStatusCode.Conflict));
    }

    private async Task<string> ProblemTypeAsync(string path, HttpStatusCode status)
    {
        var response = await Host.Client.GetAsync(path);
        Assert.Equal(status, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["type"]!.GetValue<string>();
    }
}
