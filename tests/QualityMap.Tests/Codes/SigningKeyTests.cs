using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using QualityMap.Api.Codes.Signing;
using QualityMap.Tests.EndToEnd;
using static QualityMap.Tests.Codes.CodeHost;

namespace QualityMap.Tests.Codes;

/// <summary>
/// Signing keys: the service's ring lives in the database (generated at the first start, an earlier version's key
/// file imported), an administrator rotates and retires keys, configured keys stay verify-only additions, and bad
/// settings stop the start.
/// </summary>
public sealed class SigningKeyTests : IDisposable
{
    private readonly TempDirectory _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task WithoutConfigurationAKeyIsGeneratedOnceIntoTheDatabaseAndCodesStayValidAcrossRestarts()
    {
        string uscc, url;
        await using (var first = new SiloHost(_data.FullName, new ManualTimeProvider()))
        {
            uscc = await first.RegisterAsync(Jianshe, seed: 31);
            url = await ExternalTool.ScanQrAsync(await first.GetBytesAsync($"/api/enterprises/{uscc}/code.png"));
        }

        await using var restarted = new SiloHost(_data.FullName, new ManualTimeProvider());

        Assert.False(File.Exists(System.IO.Path.Combine(_data.FullName, LegacySigningKeyFile.FileName)), "no key file is written any more");
        Assert.Equal(HttpStatusCode.OK, (await restarted.OpenAsync(Path(url))).Status);
        Assert.Equal(url, await ExternalTool.ScanQrAsync(await restarted.GetBytesAsync($"/api/enterprises/{uscc}/code.png")));
    }

    [Fact]
    public async Task TheKeyFileAnEarlierVersionGeneratedIsImportedSoItsPrintedCodesKeepVerifying()
    {
        await File.WriteAllTextAsync(System.IO.Path.Combine(_data.FullName, LegacySigningKeyFile.FileName),
            JsonSerializer.Serialize(new { Id = "gold1", Secret = Convert.ToBase64String(TestSignature.FirstSecret) }));
        await using var host = new SiloHost(_data.FullName, new ManualTimeProvider(), new() { ["Codes:PublicBaseUrl"] = PublicBaseUrl });
        var uscc = await host.RegisterAsync(Jianshe, seed: 33);
        var printedBefore = $"/v/{TestSignature.Token(uscc, "gold1", TestSignature.FirstSecret)}";

        Assert.Equal(HttpStatusCode.OK, (await host.OpenAsync(printedBefore)).Status);
        Assert.Equal(PublicBaseUrl + printedBefore, await ExternalTool.ScanQrAsync(await host.GetBytesAsync($"/api/enterprises/{uscc}/code.png")));
    }

    [Fact]
    public async Task RotationSignsNewCodesWithANewKeyOldCodesVerifyUntilTheirKeyIsRetiredThenShowInvalid()
    {
        await using var host = new SiloHost(_data.FullName, new ManualTimeProvider(), new() { ["Codes:PublicBaseUrl"] = PublicBaseUrl });
        var uscc = await host.RegisterAsync(Jianshe, seed: 34);
        var oldUrl = await ExternalTool.ScanQrAsync(await host.GetBytesAsync($"/api/enterprises/{uscc}/code.png"));
        var oldKey = KeyIdOf(oldUrl);

        var rotated = await host.Client.PostAsync("/api/admin/code-signing-keys", null);
        Assert.Equal(HttpStatusCode.Created, rotated.StatusCode);
        var newKey = (await rotated.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
        var newUrl = await ExternalTool.ScanQrAsync(await host.GetBytesAsync($"/api/enterprises/{uscc}/code.png"));

        Assert.NotEqual(oldKey, newKey);
        Assert.Equal(newKey, KeyIdOf(newUrl));
        Assert.Equal(HttpStatusCode.OK, (await host.OpenAsync(Path(oldUrl))).Status);
        Assert.Equal(HttpStatusCode.OK, (await host.OpenAsync(Path(newUrl))).Status);
        await ProblemAssert.IsAsync(await host.Client.PostAsync($"/api/admin/code-signing-keys/{newKey}/retire", null),
            HttpStatusCode.Conflict, "urn:qualitymap:problem:signing-key-in-use", "keyId");
        await ProblemAssert.IsAsync(await host.Client.PostAsync("/api/admin/code-signing-keys/nokey/retire", null),
            HttpStatusCode.NotFound, "urn:qualitymap:problem:unknown-signing-key", "keyId");

        Assert.Equal(HttpStatusCode.OK, (await host.Client.PostAsync($"/api/admin/code-signing-keys/{oldKey}/retire", null)).StatusCode);

        var (status, html) = await host.OpenAsync(Path(oldUrl));
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("二维码无效", html);
        Assert.Equal(HttpStatusCode.OK, (await host.OpenAsync(Path(newUrl))).Status);
        var keys = await host.GetJsonArrayAsync("/api/admin/code-signing-keys");
        Assert.All(keys, k => Assert.Null(k!["secret"]));
        Assert.NotNull(keys.Single(k => k!["id"]!.GetValue<string>() == oldKey)!["retiredAt"]);
        Assert.True(keys.Single(k => k!["id"]!.GetValue<string>() == newKey)!["active"]!.GetValue<bool>());
        var audit = (await host.GetJsonAsync("/api/admin/audit"))["records"]!.AsArray();
        Assert.Contains(audit, r => r!["action"]!.GetValue<string>() == "code-signing-key-rotated" && r["subject"]!.GetValue<string>() == newKey
            && r["actor"]!.GetValue<string>() == "test-city");
        Assert.Contains(audit, r => r!["action"]!.GetValue<string>() == "code-signing-key-retired" && r["subject"]!.GetValue<string>() == oldKey);

        await host.DisposeAsync();
        await using var restarted = new SiloHost(_data.FullName, new ManualTimeProvider(), new() { ["Codes:PublicBaseUrl"] = PublicBaseUrl });
        Assert.Equal(HttpStatusCode.NotFound, (await restarted.OpenAsync(Path(oldUrl))).Status);
        Assert.Equal(newUrl, await ExternalTool.ScanQrAsync(await restarted.GetBytesAsync($"/api/enterprises/{uscc}/code.png")));
    }

    [Fact]
    public async Task ConfiguringManagedKeysLaterKeepsTheRingsCodesValidAndTheServiceNoLongerRotates()
    {
        string uscc, url;
        await using (var first = new SiloHost(_data.FullName, new ManualTimeProvider()))
        {
            uscc = await first.RegisterAsync(Jianshe, seed: 32);
            url = await ExternalTool.ScanQrAsync(await first.GetBytesAsync($"/api/enterprises/{uscc}/code.png"));
        }

        await using var managed = new SiloHost(_data.FullName, new ManualTimeProvider(), TestSignature.Settings("k1", ("k1", TestSignature.FirstSecret)));

        Assert.Equal(HttpStatusCode.OK, (await managed.OpenAsync(Path(url))).Status);
        Assert.Equal($"{PublicBaseUrl}/v/{TestSignature.Token(uscc, "k1", TestSignature.FirstSecret)}",
            await ExternalTool.ScanQrAsync(await managed.GetBytesAsync($"/api/enterprises/{uscc}/code.png")));
        await ProblemAssert.IsAsync(await managed.Client.PostAsync("/api/admin/code-signing-keys", null),
            HttpStatusCode.Conflict, "urn:qualitymap:problem:signing-key-configured", "Codes:ActiveKeyId");
        await ProblemAssert.IsAsync(await managed.Client.PostAsync("/api/admin/code-signing-keys/k1/retire", null),
            HttpStatusCode.Conflict, "urn:qualitymap:problem:signing-key-configured", "keyId");
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

    private static string Path(string url) => url[url.IndexOf("/v/", StringComparison.Ordinal)..];

    private static string KeyIdOf(string url) => Path(url)["/v/".Length..].Split('.')[1];
}
