using System.Net;
using QualityMap.Api.Codes.Signing;
using QualityMap.Tests.EndToEnd;
using static QualityMap.Tests.Codes.CodeHost;

namespace QualityMap.Tests.Codes;

/// <summary>Signing keys: generated once and kept in the data directory when none is configured; bad settings stop the start.</summary>
public sealed class SigningKeyTests : IDisposable
{
    private readonly TempDirectory _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task WithoutConfigurationAKeyIsGeneratedOnceAndCodesStayValidAcrossRestarts()
    {
        string uscc, url;
        await using (var first = new SiloHost(_data.FullName, new ManualTimeProvider()))
        {
            uscc = await first.RegisterAsync(Jianshe, seed: 31);
            url = await ExternalTool.ScanQrAsync(await first.GetBytesAsync($"/api/enterprises/{uscc}/code.png"));
        }
        var keyFile = Path.Combine(_data.FullName, GeneratedSigningKeyFile.FileName);
        var stored = await File.ReadAllTextAsync(keyFile);

        await using var restarted = new SiloHost(_data.FullName, new ManualTimeProvider());

        Assert.Equal(stored, await File.ReadAllTextAsync(keyFile));
        if (!OperatingSystem.IsWindows()) Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(keyFile));
        Assert.Equal(HttpStatusCode.OK, (await restarted.OpenAsync(url[url.IndexOf("/v/", StringComparison.Ordinal)..])).Status);
        Assert.Equal(url, await ExternalTool.ScanQrAsync(await restarted.GetBytesAsync($"/api/enterprises/{uscc}/code.png")));
    }

    [Fact]
    public async Task ConfiguringManagedKeysLaterKeepsTheGeneratedKeysCodesValid()
    {
        string uscc, url;
        await using (var first = new SiloHost(_data.FullName, new ManualTimeProvider()))
        {
            uscc = await first.RegisterAsync(Jianshe, seed: 32);
            url = await ExternalTool.ScanQrAsync(await first.GetBytesAsync($"/api/enterprises/{uscc}/code.png"));
        }

        await using var managed = new SiloHost(_data.FullName, new ManualTimeProvider(), TestSignature.Settings("k1", ("k1", TestSignature.FirstSecret)));

        Assert.Equal(HttpStatusCode.OK, (await managed.OpenAsync(url[url.IndexOf("/v/", StringComparison.Ordinal)..])).Status);
        Assert.Equal($"{PublicBaseUrl}/v/{TestSignature.Token(uscc, "k1", TestSignature.FirstSecret)}",
            await ExternalTool.ScanQrAsync(await managed.GetBytesAsync($"/api/enterprises/{uscc}/code.png")));
    }

    [Theory]
    [InlineData("Codes:ActiveKeyId", "k9", "Codes:ActiveKeyId 'k9' must name one of Codes:SigningKeys.")]
    [InlineData("Codes:SigningKeys:k2", "c2hvcnQ=", "Codes:SigningKeys:k2: the secret must be base64 of at least 32 bytes.")]
    [InlineData("Codes:SigningKeys:Key_2", "AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyA=", "Codes:SigningKeys:Key_2: a key id is 1–8 of [a-z0-9].")]
    [InlineData("Codes:PublicBaseUrl", "qm.example.gov.cn", "Codes:PublicBaseUrl 'qm.example.gov.cn' must be an absolute http(s) URL")]
    [InlineData("Codes:ExportRetention", "00:00:00", "Codes:ExportRetention must be positive.")]
    public void BadCodeSettingsStopTheServiceAtStartWithAMessageNamingTheKey(string key, string value, string message)
    {
        var settings = TestSignature.Settings("k1", ("k1", TestSignature.FirstSecret));
        settings[key] = value;

        var failure = Assert.ThrowsAny<Exception>(() => new SiloHost(_data.FullName, new ManualTimeProvider(), settings));

        Assert.Contains(message, failure.ToString());
    }
}
