using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using QualityMap.Api.Security;
using QualityMap.Tests.Codes;
using QualityMap.Tests.EndToEnd;

namespace QualityMap.Tests.Security;

/// <summary>
/// The headers browsers act on, over real HTTP: every HTML page's Content-Security-Policy (no inline script, no
/// eval, framing only for the wall and only as configured), nosniff on every answer, the referrer policies, and HSTS
/// and Secure session cookies over HTTPS only.
/// </summary>
public sealed partial class BrowserHeadersTests : IDisposable
{
    private readonly TempDirectory _data = new();

    public void Dispose() => _data.Dispose();

    private SiloHost Host(Dictionary<string, string?>? settings = null) => new(_data.FullName, new ManualTimeProvider(), settings);

    [Fact]
    public async Task EveryHtmlPageCarriesThePolicyWithoutInlineScriptOrEvalAndNosniff()
    {
        await using var host = Host(TestSignature.Settings("k1", ("k1", TestSignature.FirstSecret)));
        var uscc = await host.RegisterAsync(CodeHost.Jianshe, seed: 31);
        var token = TestSignature.Token(uscc, "k1", TestSignature.FirstSecret);

        var pages = new (string Path, HttpStatusCode Status, string Referrer)[]
        {
            ("/wall/", HttpStatusCode.OK, "same-origin"),
            ("/bureau/", HttpStatusCode.OK, "same-origin"),
            ($"/v/{token}", HttpStatusCode.OK, "no-referrer"),
            ("/v/not-a-token", HttpStatusCode.NotFound, "no-referrer"),   // the 二维码无效 page
        };
        foreach (var (path, status, referrer) in pages)
        {
            using var response = await host.Anonymous.GetAsync(path);
            Assert.Equal(status, response.StatusCode);
            Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
            var policy = Directives(response);
            Assert.Equal("'self'", policy["default-src"]);
            Assert.Equal("'self'", policy["script-src"]);   // no inline script, no eval, nothing from elsewhere
            Assert.Equal("'none'", policy["object-src"]);
            Assert.Equal("'none'", policy["base-uri"]);
            Assert.Equal("'self'", policy["form-action"]);
            Assert.Equal("'self' data:", policy["img-src"]);
            Assert.Equal("'self'", policy["connect-src"]);
            Assert.Equal("'none'", policy["frame-ancestors"]);
            Assert.DoesNotContain("unsafe-", response.Headers.GetValues("Content-Security-Policy").Single());
            Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
            Assert.Equal(referrer, Header(response, "Referrer-Policy"));
            Assert.False(response.Headers.Contains("Strict-Transport-Security"), $"{path}: HSTS over plain HTTP");
        }
    }

    [Fact]
    public async Task TheVerificationPagesStyleBlockIsAllowedByItsHashAndItHasNoStyleAttribute()
    {
        await using var host = Host(TestSignature.Settings("k1", ("k1", TestSignature.FirstSecret)));
        var uscc = await host.RegisterAsync(CodeHost.Jianshe, seed: 32);
        foreach (var path in new[] { $"/v/{TestSignature.Token(uscc, "k1", TestSignature.FirstSecret)}", "/v/not-a-token" })
        {
            using var response = await host.Anonymous.GetAsync(path);
            var html = await response.Content.ReadAsStringAsync();
            var style = StyleBlock().Match(html);
            Assert.True(style.Success, path);
            var hash = $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(style.Groups[1].Value)))}'";
            Assert.Equal($"'self' {hash}", Directives(response)["style-src"]);
            Assert.DoesNotContain("style=", html);
            Assert.Single(StyleBlock().Matches(html));
        }
    }

    [Fact]
    public async Task NosniffIsOnEveryAnswerAndThePolicyOnlyOnPages()
    {
        await using var host = Host();
        foreach (var path in new[] { "/health", "/wall/config.json", "/api/regions/330400/map", "/api/regions/999999/map" })
        {
            using var response = await host.Client.GetAsync(path);
            Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
            Assert.False(response.Headers.Contains("Content-Security-Policy"), path);
        }
        using var anonymous = await host.Anonymous.GetAsync("/api/regions/330400/map");   // a 401 problem too
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("nosniff", Header(anonymous, "X-Content-Type-Options"));
    }

    [Fact]
    public async Task TheWallsFrameAncestorsFollowTheConfigurationAndNoOtherPageMayBeFramed()
    {
        await using var host = Host(new() { ["Security:WallFrameAncestors"] = "'self' https://console.example.gov.cn" });
        using var wall = await host.Anonymous.GetAsync("/wall/");
        Assert.Equal("'self' https://console.example.gov.cn", Directives(wall)["frame-ancestors"]);
        using var bureau = await host.Anonymous.GetAsync("/bureau/");
        Assert.Equal("'none'", Directives(bureau)["frame-ancestors"]);
        using var verification = await host.Anonymous.GetAsync("/v/not-a-token");
        Assert.Equal("'none'", Directives(verification)["frame-ancestors"]);
    }

    [Fact]
    public async Task TheWallMayConnectToTheOriginOfItsBoundaryServer()
    {
        await using var host = Host(new() { ["Wall:GeoUrlTemplate"] = "https://maps.example.gov.cn:8443/areas/{code}_full.json" });
        using var wall = await host.Anonymous.GetAsync("/wall/");
        Assert.Equal("'self' https://maps.example.gov.cn:8443", Directives(wall)["connect-src"]);
    }

    [Theory]
    [InlineData("'none'; script-src *")]
    [InlineData("https://a.example,https://b.example")]
    [InlineData("")]
    public void AFrameAncestorsValueThatCouldSmuggleInDirectivesIsRefused(string value) =>
        Assert.NotEmpty(new SecurityOptions { WallFrameAncestors = value }.Validate());

    [Theory]
    [InlineData("https://console.example/path")]
    [InlineData("null")]
    [InlineData("console.example")]
    public void AnAllowedOriginMustBeAnOrigin(string value) =>
        Assert.NotEmpty(new SecurityOptions { AllowedOrigins = [value] }.Validate());

    [Fact]
    public async Task OverHttpsAnswersCarryHstsAndTheSessionCookieIsSecure()
    {
        using var host = new TlsSiloHost(_data.FullName);
        using var client = host.NewClient();
        Assert.Equal("https", host.BaseAddress.Scheme);

        using var page = await client.GetAsync("/bureau/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("max-age=31536000", Header(page, "Strict-Transport-Security"));   // written for localhost too
        Assert.NotNull(Directives(page)["default-src"]);

        using var signIn = await client.PostAsJsonAsync("/api/session", new { login = "test-city", password = TestCredentials.AdminPassword });
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        Assert.True(signIn.Headers.Contains("Strict-Transport-Security"));
        var cookie = SessionCookie(signIn);
        Assert.Contains("secure", cookie);
        Assert.Contains("httponly", cookie);
        Assert.Contains("samesite=strict", cookie);
    }

    [Fact]
    public async Task OverPlainHttpThereIsNoHstsAndTheCookieIsNotMarkedSecure()
    {
        await using var host = Host();
        using var signIn = await host.Anonymous.PostAsJsonAsync("/api/session", new { login = "test-city", password = TestCredentials.AdminPassword });
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        Assert.False(signIn.Headers.Contains("Strict-Transport-Security"));
        var cookie = SessionCookie(signIn);
        Assert.DoesNotContain("secure", cookie);
        Assert.Contains("samesite=strict", cookie);
    }

    /// <summary>The attributes of the qm_session cookie set by <paramref name="response"/>, lower case, one per entry.</summary>
    private static string[] SessionCookie(HttpResponseMessage response) =>
        [.. response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("qm_session=", StringComparison.Ordinal))
            .Split(';').Skip(1).Select(a => a.Trim().ToLowerInvariant())];

    private static string Header(HttpResponseMessage response, string name) => response.Headers.GetValues(name).Single();

    /// <summary>The policy's directives by name (each must appear once).</summary>
    private static Dictionary<string, string> Directives(HttpResponseMessage response) =>
        Header(response, "Content-Security-Policy").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => d.Split(' ', 2)).ToDictionary(d => d[0], d => d.Length > 1 ? d[1] : "");

    [GeneratedRegex("<style>(.*?)</style>", RegexOptions.Singleline)]
    private static partial Regex StyleBlock();
}
