using QualityMap.Tests.EndToEnd;
using QualityMap.Tests.Upgrade;

namespace QualityMap.UpgradeFixtureWriter;

/// <summary>A code as it is printed and scanned: the PNG the bureau downloads, read back by zbarimg.</summary>
public static class Codes
{
    public static async Task<FixtureCode> PrintAsync(SiloHost host, string uscc)
    {
        var png = await host.Client.GetByteArrayAsync($"/api/enterprises/{uscc}/code.png");
        var file = Path.Combine(Path.GetTempPath(), $"qualitymap-fixture-{Guid.NewGuid():N}.png");
        await File.WriteAllBytesAsync(file, png);
        try
        {
            var output = await Tool.RunAsync("zbarimg", "zbar-tools", "--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", file);
            var url = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Single(l => l.StartsWith("http", StringComparison.Ordinal));
            // The public base URL is the proxy's; the path is what reaches the service. A token is payload.keyId.signature.
            var path = url[url.IndexOf("/v/", StringComparison.Ordinal)..];
            var name = (await UpgradeSnapshot.GetAsync(host.Client, $"/api/enterprises/{uscc}"))["name"]!.GetValue<string>();
            return new FixtureCode(uscc, name, path["/v/".Length..].Split('.')[1], path);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
