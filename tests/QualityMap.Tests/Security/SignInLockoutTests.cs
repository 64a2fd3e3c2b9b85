using System.Net;
using System.Net.Http.Json;
using QualityMap.Tests.EndToEnd;

namespace QualityMap.Tests.Security;

/// <summary>
/// The growing lock-out of one login: a guesser gets five passwords checked, then waits a minute, two, four…; while
/// locked, not even the right password is checked. The address limits are lifted here so only the login's counts.
/// </summary>
public sealed class SignInLockoutTests() : SiloTest(settings: new()
{
    ["RateLimits:SignIn:PermitLimit"] = "100000",
    ["RateLimits:AddressLockout:LockAfterFailures"] = "100000",
})
{
    private const string Login = "test-city";

    [Fact]
    public async Task OfAThousandPasswordsTriedAgainstOneLoginFiveAreCheckedAndTheRightOneIsRefusedWhileLocked()
    {
        var checkedPasswords = 0;
        var refused = new List<HttpResponseMessage>();
        for (var i = 0; i < 1000; i++)
        {
            // The right password comes 500th: by then the login is locked and it must not get through.
            var response = await SignInAsync(i == 500 ? TestCredentials.AdminPassword : $"guess-{i:D4}-wrong");
            if (response.StatusCode == HttpStatusCode.Unauthorized) checkedPasswords++;
            else refused.Add(response);
        }

        Assert.Equal(5, checkedPasswords);
        Assert.Equal(995, refused.Count);
        Assert.All(refused, r => Assert.Equal(HttpStatusCode.TooManyRequests, r.StatusCode));
        var problem = await ProblemAssert.IsAsync(refused[0], HttpStatusCode.TooManyRequests, "urn:qualitymap:problem:rate-limited", "login", "sign-in-lockout");
        Assert.Equal(60, problem["retryAfterSeconds"]!.GetValue<long>());
        Assert.Equal(TimeSpan.FromSeconds(60), refused[^1].Headers.RetryAfter?.Delta);

        var audit = await AuditOfLoginAsync();
        Assert.Equal(5, audit.Count(outcome => outcome == "failed"));
        Assert.Equal(995, audit.Count(outcome => outcome == "locked-out"));
        Assert.DoesNotContain("succeeded", audit);
    }

    [Fact]
    public async Task EachFailureAfterALockOutLocksTwiceAsLongAndARightPasswordAfterTheWaitStartsTheCountAgain()
    {
        for (var i = 0; i < 5; i++) Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync("wrong-password")).StatusCode);
        var waits = new List<TimeSpan>();
        for (var round = 0; round < 4; round++)
        {
            var locked = await SignInAsync("wrong-password");
            Assert.Equal(HttpStatusCode.TooManyRequests, locked.StatusCode);
            var wait = locked.Headers.RetryAfter!.Delta!.Value;
            waits.Add(wait);
            Clock.Advance(wait);
            Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync("wrong-password")).StatusCode);
        }
        Assert.Equal([60, 120, 240, 480], waits.Select(w => (int)w.TotalSeconds));

        var last = (await SignInAsync(TestCredentials.AdminPassword)).Headers.RetryAfter!.Delta!.Value;
        Assert.Equal(TimeSpan.FromSeconds(960), last);
        Clock.Advance(last);
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(TestCredentials.AdminPassword)).StatusCode);
        for (var i = 0; i < 5; i++) Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync("wrong-password")).StatusCode);
    }

    [Fact]
    public async Task TheLockOutOutlivesARestart()
    {
        for (var i = 0; i < 5; i++) await SignInAsync("wrong-password");
        Assert.Equal(HttpStatusCode.TooManyRequests, (await SignInAsync(TestCredentials.AdminPassword)).StatusCode);

        await RestartAsync();

        Assert.Equal(HttpStatusCode.TooManyRequests, (await SignInAsync(TestCredentials.AdminPassword)).StatusCode);
    }

    private Task<HttpResponseMessage> SignInAsync(string password) =>
        Host.Anonymous.PostAsJsonAsync("/api/session", new { login = Login, password });

    private async Task<List<string>> AuditOfLoginAsync()
    {
        var outcomes = new List<string>();
        for (long after = 0; ;)
        {
            var page = await Host.GetJsonAsync($"/api/admin/audit?after={after}&limit=1000");
            outcomes.AddRange(page["records"]!.AsArray()
                .Where(r => r!["action"]!.GetValue<string>() == "sign-in" && r["actor"]!.GetValue<string>() == Login)
                .Select(r => r!["outcome"]!.GetValue<string>()));
            if (page["nextAfter"]?.GetValue<long>() is not { } next) return outcomes;
            after = next;
        }
    }
}
