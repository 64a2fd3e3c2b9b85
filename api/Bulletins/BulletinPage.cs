using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using QualityMap.Api.Security.Browser;
using QualityMap.Grains.Bulletins;

namespace QualityMap.Api.Bulletins;

/// <summary>
/// The 警情通报 as a page to read and print: one constant style block (allowed by its hash), no script. On screen a
/// toolbar offers the PDF and the way back; printed, only the document is left, on A4 with the margins of a Chinese
/// official document (GB/T 9704—2012: top 37 mm, binding side 28 mm, type area 156 × 225 mm).
/// </summary>
public static class BulletinPage
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    // The page is /api/warnings/{id}/bulletin.html: the PDF sits beside it.
    private const string PdfBesideThePage = "bulletin.pdf";

    private static readonly string Style = string.Join("\n",
        "body{margin:0;background:#f2f3f5;color:#1d2129;font-family:\"Noto Serif CJK SC\",\"Source Han Serif SC\",\"SimSun\",\"Noto Sans CJK SC\",serif}",
        ".toolbar{display:flex;gap:1rem;align-items:center;max-width:210mm;margin:0 auto;padding:.75rem 1rem;font-family:system-ui,\"Noto Sans CJK SC\",sans-serif}",
        ".toolbar a{color:#165dff}",
        ".toolbar .hint{color:#4e5969;font-size:.9rem}",
        ".document{box-sizing:border-box;max-width:210mm;min-height:297mm;margin:0 auto 2rem;padding:37mm 26mm 35mm 28mm;background:#fff;box-shadow:0 1px 4px rgba(0,0,0,.15);font-size:16px;line-height:1.9}",
        ".issuer{margin:0;color:#c00;text-align:center;font-size:30px;font-weight:700;letter-spacing:.15em}",
        ".docno{margin:.5rem 0 0;text-align:center}",
        ".rule{border:0;border-top:2px solid #c00;margin:.5rem 0 1.5rem}",
        "h1{margin:0 0 1rem;text-align:center;font-size:22px;line-height:1.5}",
        "h2{margin:1rem 0 .25rem;font-size:16px}",
        "p{margin:0 0 .5rem;text-align:justify}",
        ".addressee{margin-bottom:.25rem}",
        ".opening,.intro,.deadline{text-indent:2em}",
        "table{width:100%;border-collapse:collapse;font-size:13px;line-height:1.5}",
        "th,td{border:1px solid #86909c;padding:.25rem .4rem;vertical-align:top;text-align:left}",
        "td.uscc{font-variant-numeric:tabular-nums;white-space:nowrap}",
        "td ul{margin:0;padding-left:1.1em}",
        ".measures{list-style:none;margin:0;padding:0 0 0 2em}",
        ".signature{margin-top:2.5rem;text-align:right}",
        ".signature p{text-align:right;margin:0}",
        ".copyto{margin-top:2rem;padding-top:.25rem;border-top:1px solid #1d2129;font-size:14px}",
        ".meta{margin-top:1rem;color:#86909c;font-size:12px}",
        "@page{size:A4;margin:37mm 26mm 35mm 28mm}",
        "@media print{body{background:#fff}.toolbar,.meta{display:none}.document{max-width:none;min-height:0;margin:0;padding:0;box-shadow:none}tr{break-inside:avoid}h2{break-after:avoid}}");

    /// <summary>The CSP source of the page's style block, computed once.</summary>
    public static readonly string StyleHash = ContentSecurityPolicy.HashOf(Style);

    public static string Render(Bulletin bulletin)
    {
        var body = new StringBuilder();
        body.Append($"""
            <nav class="toolbar" aria-label="操作">
            <a href="/bureau/">返回办理页</a>
            <a class="pdf" href="{PdfBesideThePage}" download>下载 PDF</a>
            <span class="hint">打印请使用浏览器的“打印”（Ctrl+P），打印时只输出通报正文。</span>
            </nav>
            <article class="document">
            <p class="issuer">{E(bulletin.Issuer)}</p>
            <p class="docno">{E(bulletin.DocumentNo)}</p>
            <hr class="rule">
            <h1>{E(bulletin.Title)}</h1>
            <p class="addressee">{E(bulletin.Addressee)}</p>
            <p class="opening">{E(bulletin.Opening)}</p>
            <h2>一、高风险企业及其依据</h2>
            <table>
            <thead><tr><th>序号</th><th>企业名称</th><th>统一社会信用代码</th><th>所在镇（街道）</th><th>高风险依据</th></tr></thead>
            <tbody>
            """);
        var number = 1;
        foreach (var enterprise in bulletin.Enterprises)
        {
            var evidence = string.Join("", enterprise.Evidence.Select(e => $"<li>{E(e)}</li>"));
            body.Append(CultureInfo.InvariantCulture,
                $"""<tr><td>{number++}</td><td class="name">{E(enterprise.Name)}</td><td class="uscc">{E(enterprise.Uscc)}</td><td>{E(enterprise.Town)}</td><td><ul>{evidence}</ul></td></tr>""");
            body.Append('\n');
        }
        body.Append($"""
            </tbody>
            </table>
            <h2>二、整治要求（DB3304/T 056—2023 第4.2.2条）</h2>
            <p class="intro">{E(bulletin.MeasuresIntro)}</p>
            <ol class="measures">{string.Join("", bulletin.Measures.Select(m => $"<li>{E(m)}</li>"))}</ol>
            <h2>三、整治期限</h2>
            <p class="deadline">{E(bulletin.DeadlineText)}</p>
            <div class="signature"><p>{E(bulletin.Issuer)}</p><p>{E(bulletin.IssuedOnText)}</p></div>
            <p class="copyto">抄送：{E(bulletin.CopyTo)}</p>
            <p class="meta">预警 {E(bulletin.WarningId)} · 发布人 {E(bulletin.IssuedBy)} · 已记入审计日志</p>
            </article>
            """);
        return PublicPage.Render(bulletin.Title, Style, body.ToString());
    }

    private static string E(string text) => Encoder.Encode(text);
}
