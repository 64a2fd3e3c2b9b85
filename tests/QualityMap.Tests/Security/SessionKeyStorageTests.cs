using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using QualityMap.Api.Security;
using QualityMap.Grains.Identity;
using QualityMap.Tests.EndToEnd;

namespace QualityMap.Tests.Security;

/// <summary>
/// The session-cookie keys live in the database: a cookie stays valid across a restart and on any service over the
/// same database (every silo of a cluster), no key file is written, and an earlier version's key files are imported.
/// </summary>
public sealed class SessionKeyStorageTests : IDisposable
{
    private readonly TempDirectory _first = new();
    private readonly TempDirectory _second = new();

    public void Dispose()
    {
        _first.Dispose();
        _second.Dispose();
    }

    [Fact]
    public async Task ACookieIssuedByOneServiceIsAcceptedByAnotherOverTheSameDatabaseAndNoKeyFileIsWritten()
    {
        string cookie;
        await using (var first = new SiloHost(_first.FullName, new ManualTimeProvider()))
        {
            var person = first.CreateClient(new() { HandleCookies = false });
            var signedIn = await person.PostAsJsonAsync("/api/session", new { login = "test-city", password = TestCredentials.AdminPassword });
            Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
            cookie = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("qm_session=", StringComparison.Ordinal)).Split(';')[0];
        }
        Assert.False(Directory.Exists(Path.Combine(_first.FullName, "session-keys")), "session keys are not kept in files");

        // Another data directory, the first one's database: only the database can hold the key that reads the cookie.
        var sameDatabase = new Dictionary<string, string?> { ["Storage:ConnectionString"] = $"Data Source={Path.Combine(_first.FullName, "qualitymap.db")}" };
        await using var second = new SiloHost(_second.FullName, new ManualTimeProvider(), sameDatabase);

        Assert.Equal(HttpStatusCode.OK, (await WhoAmIAsync(second, cookie)).StatusCode);
    }

    [Fact]
    public async Task ASessionOfAnEarlierVersionWhoseKeysWereFilesSurvivesTheUpgrade()
    {
        // What an earlier version left: data protection keys as files in {DataDirectory}/session-keys and a cookie they protect.
        var legacy = new ServiceCollection();
        legacy.AddDataProtection().SetApplicationName("QualityMap").PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(_first.FullName, "session-keys")));
        await using var legacyServices = legacy.BuildServiceProvider();
        var protector = legacyServices.GetRequiredService<IDataProtectionProvider>()
            .CreateProtector("Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationMiddleware", "Cookies", "v2");
        var account = new Account("test-city", "测试市局", Role.CityBureau, TestCredentials.City, true, null, DateTimeOffset.UtcNow, "test");
        var properties = new AuthenticationProperties { IssuedUtc = DateTimeOffset.UtcNow, ExpiresUtc = DateTimeOffset.UtcNow.AddHours(8) };
        var cookie = "qm_session=" + new TicketDataFormat(protector).Protect(new AuthenticationTicket(QualityMapClaims.For(account, "Cookies"), properties, "Cookies"));

        await using var upgraded = new SiloHost(_first.FullName, new ManualTimeProvider());

        Assert.Equal(HttpStatusCode.OK, (await WhoAmIAsync(upgraded, cookie)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await WhoAmIAsync(upgraded, cookie[..^4] + "AAAA")).StatusCode);
    }

    private static Task<HttpResponseMessage> WhoAmIAsync(SiloHost host, string cookie)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/session");
        request.Headers.Add("Cookie", cookie);
        return host.CreateClient(new() { HandleCookies = false }).SendAsync(request);
    }
}
