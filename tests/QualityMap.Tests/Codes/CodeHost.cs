using System.Net;
using QualityMap.Tests.EndToEnd;

namespace QualityMap.Tests.Codes;

/// <summary>What the code tests do with a <see cref="SiloHost"/>: register enterprises, fetch images and pages.</summary>
public static class CodeHost
{
    public const string PublicBaseUrl = "https://qm.example.gov.cn";
    public const string Jianshe = "330402007";  // 建设街道, 南湖区
    public const string Jiefang = "330402008";  // 解放街道, 南湖区
    public const string Xincheng = "330411002"; // 新城街道, 秀洲区

    public static async Task<string> RegisterAsync(this SiloHost host, string town, int seed)
    {
        var uscc = TestEvents.Uscc(seed);
        (await host.PostEventsAsync(TestEvents.Registered(uscc, town, host.Clock.GetUtcNow().AddDays(-30)))).EnsureSuccessStatusCode();
        await host.SettleAsync();
        return uscc;
    }

    public static async Task MakeHighRiskAsync(this SiloHost host, string uscc)
    {
        (await host.PostEventsAsync(TestEvents.Sampling(uscc, passed: false, host.Clock.GetUtcNow().AddDays(-1)))).EnsureSuccessStatusCode();
        await host.SettleAsync();
    }

    public static async Task<byte[]> GetBytesAsync(this SiloHost host, string path)
    {
        var response = await host.Client.GetAsync(path);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadAsByteArrayAsync();
    }

    /// <summary>Opens a scanned URL on the host, as the proxy in front of it would.</summary>
    public static async Task<(HttpStatusCode Status, string Html)> OpenAsync(this SiloHost host, string url)
    {
        var path = url.StartsWith(PublicBaseUrl, StringComparison.Ordinal) ? url[PublicBaseUrl.Length..] : url;
        var response = await host.Client.GetAsync(path);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The colour most pixels of the image have, other than the white background: the dark modules' colour.</summary>
    public static (byte R, byte G, byte B) DominantDarkColour(PngImage image) =>
        image.Pixels.Where(p => p != (255, 255, 255)).GroupBy(p => p).MaxBy(g => g.Count())!.Key;
}
