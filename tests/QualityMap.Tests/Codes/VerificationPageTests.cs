using System.Net;
using QualityMap.Tests.EndToEnd;
using static QualityMap.Tests.Codes.CodeHost;

namespace QualityMap.Tests.Codes;

/// <summary>The public page behind a printed code: the current colour for a genuine code, "二维码无效" for anything else.</summary>
public sealed class VerificationPageTests : IDisposable
{
    private const string Invalid = "二维码无效";
    private readonly TempDirectory _data = new();
    private readonly ManualTimeProvider _clock = new();

    public void Dispose() => _data.Dispose();

    // The badge's colour is a class of the page's one style block (no style attribute: the CSP allows no inline style).
    private static string Badge(string colour, string code, string risk) =>
        $"class=\"badge {colour}\" role=\"status\"><span class=\"code\">{code}</span><span class=\"risk\">{risk}</span>";

    private SiloHost Start(string activeKeyId, params (string Id, byte[] Secret)[] keys) =>
        new(_data.FullName, _clock, TestSignature.Settings(activeKeyId, keys));

    [Fact]
    public async Task AValidCodeShowsNameColourAndTimeInChinaStandardTimeAndNothingInternal()
    {
        await using var host = Start("k1", ("k1", TestSignature.FirstSecret));
        using var metrics = new MetricsRecorder(host);
        var low = await host.RegisterAsync(Jianshe, seed: 21);
        var high = await host.RegisterAsync(Jianshe, seed: 22);
        await host.MakeHighRiskAsync(high);

        var (lowStatus, lowPage) = await host.OpenAsync($"/v/{TestSignature.Token(low, "k1", TestSignature.FirstSecret)}");
        var (highStatus, highPage) = await host.OpenAsync($"/v/{TestSignature.Token(high, "k1", TestSignature.FirstSecret)}");

        Assert.Equal(HttpStatusCode.OK, lowStatus);
        Assert.Contains("<html lang=\"zh-CN\">", lowPage);
        Assert.Contains($"测试企业{low[^6..]}有限公司", lowPage);
        Assert.Contains(Badge("green", "绿码", "低风险企业"), lowPage);
        Assert.Contains(".badge.green{background:#007A3D}", lowPage);
        Assert.Contains("2026年11月20日 16:00</time>（北京时间）", lowPage); // the manual clock's 08:00 UTC
        Assert.Equal(HttpStatusCode.OK, highStatus);
        Assert.Contains(Badge("red", "红码", "高风险企业"), highPage);
        Assert.Contains(".badge.red{background:#CC0000}", highPage);
        foreach (var page in new[] { lowPage, highPage })
        {
            Assert.DoesNotContain("failed", page, StringComparison.OrdinalIgnoreCase);  // no rule id
            Assert.DoesNotContain("smp-", page);                                       // no evidence event
            Assert.DoesNotContain("330402007", page);                                  // no internal region code
            Assert.DoesNotContain("http", page);                                       // no external asset
        }
        Assert.Equal(2, metrics.Count("qualitymap_code_verifications_total{result=valid}"));
    }

    [Fact]
    public async Task TamperedTruncatedWrongKeyAndUnknownTokensShowTheSameInvalidPageAndAreCounted()
    {
        await using var host = Start("k1", ("k1", TestSignature.FirstSecret));
        using var metrics = new MetricsRecorder(host);
        var uscc = await host.RegisterAsync(Jianshe, seed: 23);
        var other = await host.RegisterAsync(Jiefang, seed: 24);
        var token = TestSignature.Token(uscc, "k1", TestSignature.FirstSecret);
        var signature = token.Split('.')[2];
        var flipped = (signature[0] == 'A' ? 'B' : 'A') + signature[1..];

        string[] forged =
        [
            $"{uscc}.k1.{flipped}",                                                   // tampered signature
            $"{other}.k1.{signature}",                                                // another enterprise's id under this signature
            token[..^1],                                                              // truncated
            $"{uscc}.k1.",                                                            // signature cut off
            uscc,                                                                     // only the id
            "",                                                                       // nothing at all
            $"{uscc}.k2.{signature}",                                                 // unknown key id
            TestSignature.Token(uscc, "k1", TestSignature.SecondSecret),              // wrong secret
            TestSignature.Token(TestEvents.Uscc(25), "k1", TestSignature.FirstSecret), // genuine signature, unknown enterprise
            $"{token}/extra",
        ];
        var pages = new List<string>();
        foreach (var candidate in forged)
        {
            var (status, html) = await host.OpenAsync("/v/" + candidate);
            Assert.True(status == HttpStatusCode.NotFound, $"'{candidate}' answered {status}");
            pages.Add(html);
        }

        Assert.All(pages, html => Assert.Contains(Invalid, html));
        Assert.Single(pages.Distinct());                      // identical whatever was wrong: nothing leaks
        Assert.DoesNotContain("测试企业", pages[1]);
        Assert.Equal(forged.Length, metrics.Count("qualitymap_code_verifications_total{result=invalid}"));
        Assert.Equal(0, metrics.Count("qualitymap_code_verifications_total{result=valid}"));
    }

    [Fact]
    public async Task RotatedKeysKeepOldCodesValidSignNewCodesWithTheNewKeyAndRetiredKeysStopVerifying()
    {
        string uscc;
        string oldUrl;
        await using (var before = Start("k1", ("k1", TestSignature.FirstSecret)))
        {
            uscc = await before.RegisterAsync(Jianshe, seed: 26);
            oldUrl = await ExternalTool.ScanQrAsync(await before.GetBytesAsync($"/api/enterprises/{uscc}/code.png"));
        }

        await using (var rotated = Start("k2", ("k1", TestSignature.FirstSecret), ("k2", TestSignature.SecondSecret)))
        {
            var newUrl = await ExternalTool.ScanQrAsync(await rotated.GetBytesAsync($"/api/enterprises/{uscc}/code.png"));

            Assert.Equal($"{PublicBaseUrl}/v/{TestSignature.Token(uscc, "k1", TestSignature.FirstSecret)}", oldUrl);
            Assert.Equal($"{PublicBaseUrl}/v/{TestSignature.Token(uscc, "k2", TestSignature.SecondSecret)}", newUrl);
            Assert.Equal(HttpStatusCode.OK, (await rotated.OpenAsync(oldUrl)).Status);
            Assert.Equal(HttpStatusCode.OK, (await rotated.OpenAsync(newUrl)).Status);
        }

        await using var retired = Start("k2", ("k2", TestSignature.SecondSecret));
        Assert.Equal(HttpStatusCode.NotFound, (await retired.OpenAsync(oldUrl)).Status);
    }

    [Fact]
    public async Task AClosedEnterprisesCodeSaysItIsNoLongerMonitored()
    {
        await using var host = Start("k1", ("k1", TestSignature.FirstSecret));
        var uscc = await host.RegisterAsync(Jianshe, seed: 27);
        (await host.PostEventsAsync(new { eventId = TestEvents.NewId("close"), kind = "enterprise_closed", uscc, occurredAt = _clock.GetUtcNow() }))
            .EnsureSuccessStatusCode();
        await host.SettleAsync();

        var (status, html) = await host.OpenAsync($"/v/{TestSignature.Token(uscc, "k1", TestSignature.FirstSecret)}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("已停止监测", html);
        Assert.DoesNotContain("<span class=\"code\">绿码", html);
    }
}
