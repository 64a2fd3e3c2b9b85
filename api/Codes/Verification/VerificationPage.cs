using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using QualityMap.Api.Security.Browser;
using QualityMap.Grains.Enterprises;

namespace QualityMap.Api.Codes.Verification;

/// <summary>
/// The public page a scanned code opens: server-rendered, mobile-first, no external assets. It shows the name, the
/// current colour and the time, and nothing internal (no rule, no evidence): the public sees the code, bureaus see the reasons.
/// </summary>
public static class VerificationPage
{
    private static readonly TimeSpan ChinaStandardTime = TimeSpan.FromHours(8);
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    // The page's only style block, constant (the badge colours are classes, not style attributes), so the CSP can
    // allow exactly this text by its hash instead of 'unsafe-inline'.
    private static readonly string Style = string.Join("\n",
        "body{margin:0;font-family:system-ui,-apple-system,\"PingFang SC\",\"Noto Sans CJK SC\",\"Microsoft YaHei\",sans-serif;background:#f2f3f5;color:#1d2129}",
        "main{max-width:30rem;margin:0 auto;padding:1.5rem 1rem}",
        ".kicker{margin:0 0 .5rem;color:#4e5969;font-size:.95rem}",
        "h1{margin:0 0 .25rem;font-size:1.5rem;line-height:1.3;word-break:break-all}",
        ".uscc{margin:0 0 1.25rem;color:#4e5969;font-size:.9rem;font-variant-numeric:tabular-nums}",
        ".badge{display:flex;flex-direction:column;align-items:center;justify-content:center;min-height:11rem;border-radius:1rem;color:#fff;text-align:center}",
        ".badge .code{font-size:3rem;font-weight:700;letter-spacing:.2em}",
        ".badge .risk{font-size:1.25rem;margin-top:.25rem}",
        ".badge.closed{background:#86909c}",
        ".badge.invalid{background:#1d2129}",
        ".asof{margin:1rem 0 .5rem;font-size:1rem}",
        ".note{color:#4e5969;font-size:.85rem;line-height:1.6}",
        $".badge.{ClassOf(CodeColour.Green)}{{background:{CodeColour.Green.Rgb.Hex}}}",
        $".badge.{ClassOf(CodeColour.Red)}{{background:{CodeColour.Red.Rgb.Hex}}}");

    /// <summary>The CSP source of the page's style block, computed once.</summary>
    public static readonly string StyleHash = ContentSecurityPolicy.HashOf(Style);

    public static string Valid(EnterpriseView enterprise, DateTimeOffset now)
    {
        var asOf = now.ToOffset(ChinaStandardTime);
        var badge = enterprise.Closed
            ? """<div class="badge closed" role="status"><span class="code">已停止监测</span><span class="risk">本码不再代表企业当前状态</span></div>"""
            : Badge(CodeColour.For(enterprise.Class));
        return Layout("产品质量安全码核验", $"""
            <p class="kicker">产品质量安全码核验</p>
            <h1>{Encoder.Encode(enterprise.Name)}</h1>
            <p class="uscc">统一社会信用代码 {Encoder.Encode(enterprise.Uscc)}</p>
            {badge}
            <p class="asof">状态截至 <time datetime="{asOf.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)}">{asOf.ToString("yyyy年M月d日 HH:mm", CultureInfo.InvariantCulture)}</time>（北京时间）</p>
            <p class="note">扫码显示的是企业当前的分类状态，以本页为准；印制的码颜色可能已过时。依据 DB3304/T 056—2023《产品质量安全“一图一码”工作规范》：高风险企业赋红码，低风险企业赋绿码。</p>
            """);
    }

    public static string Invalid() => Layout("二维码无效", """
        <p class="kicker">产品质量安全码核验</p>
        <div class="badge invalid" role="alert"><span class="code">二维码无效</span><span class="risk">无法核验</span></div>
        <p class="note">该二维码不是本平台签发的有效产品质量安全码，可能已被篡改或不完整。请勿据此判断企业的质量安全状况，可向当地市场监督管理部门核实。</p>
        """);

    private static string Badge(CodeColour colour) =>
        $"""<div class="badge {ClassOf(colour)}" role="status"><span class="code">{colour.CodeName}</span><span class="risk">{colour.RiskName}企业</span></div>""";

    private static string ClassOf(CodeColour colour) => colour == CodeColour.Red ? "red" : "green";

    private static string Layout(string title, string body) => PublicPage.Render(title, Style, body);
}
