using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using QualityMap.Api.Codes;
using QualityMap.Api.Security.Browser;
using QualityMap.Grains.Trace;

namespace QualityMap.Api.Trace;

/// <summary>
/// The public page a scanned trace code opens (识码用码): server-rendered, mobile-first, no external assets, zh-CN.
/// A banner on top says what matters most — 不合格 (a failed sampling named the batch) — then the key information
/// the SAMR 2024 opinion puts on the code: product, producer name and address, production date, inspection.
/// </summary>
public static class ScanPage
{
    private static readonly TimeSpan ChinaStandardTime = TimeSpan.FromHours(8);
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    // Constant, so the CSP allows exactly this text by its hash.
    private static readonly string Style = string.Join("\n",
        "body{margin:0;font-family:system-ui,-apple-system,\"PingFang SC\",\"Noto Sans CJK SC\",\"Microsoft YaHei\",sans-serif;background:#f2f3f5;color:#1d2129}",
        "main{max-width:30rem;margin:0 auto;padding:1.25rem 1rem}",
        ".kicker{margin:0 0 .5rem;color:#4e5969;font-size:.95rem}",
        "h1{margin:0 0 1rem;font-size:1.45rem;line-height:1.3;word-break:break-all}",
        ".banner{border-radius:.75rem;padding:1rem;margin:0 0 1rem;color:#fff;line-height:1.6}",
        ".banner strong{display:block;font-size:1.6rem;letter-spacing:.15em}",
        ".banner.failed{background:#cc0000}",
        ".banner.unknown{background:#1d2129}",
        ".banner.passed{background:#007a3d}",
        "section{background:#fff;border-radius:.75rem;padding:.75rem 1rem;margin:0 0 1rem}",
        "h2{margin:.25rem 0 .5rem;font-size:1rem;color:#4e5969}",
        "dl{display:grid;grid-template-columns:max-content 1fr;gap:.4rem .9rem;margin:0}",
        "dt{color:#4e5969}dd{margin:0;word-break:break-all}",
        ".code{display:inline-block;padding:0 .5rem;border-radius:.3rem;color:#fff}",
        $".code.red{{background:{CodeColour.Red.Rgb.Hex}}}",
        $".code.green{{background:{CodeColour.Green.Rgb.Hex}}}",
        ".note{color:#4e5969;font-size:.85rem;line-height:1.6}");

    public static readonly string StyleHash = ContentSecurityPolicy.HashOf(Style);

    public static string Known(ScanFacts facts, DateTimeOffset now)
    {
        var batch = facts.Batch;
        var producer = facts.Producer;
        var asOf = now.ToOffset(ChinaStandardTime);
        var banner = batch.Status switch
        {
            BatchStatus.Recalled => $"""<div class="banner failed" role="alert"><strong>召回</strong>该批次产品已于{Date(batch.Recall!.DeclaredAt)}召回（文号：{Encoder.Encode(batch.Recall.DocumentNo)}）。请立即停止销售和使用，并联系销售者或当地市场监督管理部门。</div>""",
            BatchStatus.Failed => $"""<div class="banner failed" role="alert"><strong>不合格</strong>该批次产品于{Date(batch.Failures[0].OccurredAt)}经监督抽查不合格。请停止销售和使用，并向当地市场监督管理部门咨询。</div>""",
            _ => """<div class="banner passed" role="status"><strong>已登记</strong>本批次已在平台登记，附检验合格证明。</div>""",
        };
        var serial = facts.Link.Serial is { } s ? Row("序列号", s) : "";
        var aliases = (batch.CccCertificateNo is { } ccc ? Row("CCC证书编号", ccc) : "") + (batch.Ecode is { } ecode ? Row("Ecode", ecode) : "");
        var producerCode = producer is null || producer.Closed
            ? ""
            : Row("质量安全码", $"""<span class="code {(producer.Class == Grains.Classification.RiskClass.High ? "red" : "green")}">{CodeColour.For(producer.Class).CodeName}</span>""", encode: false);
        var place = string.Join(" ", new[] { facts.CountyName, facts.TownName }.Where(n => n is not null));
        return Layout("产品追溯信息", $"""
            <p class="kicker">一码贯通 · 产品质量安全追溯</p>
            {banner}
            <h1>{Encoder.Encode(facts.ProductName)}</h1>
            <section aria-labelledby="product">
            <h2 id="product">产品</h2>
            <dl>
            {Row("商品条码", batch.Key.Gtin)}{Row("批号", batch.Key.Lot)}{serial}{Row("生产日期", Date(batch.ProductionDate))}
            {Row("检验状态", batch.Failures.Count > 0 ? "不合格" : "合格")}{aliases}
            </dl>
            </section>
            <section id="certificate" aria-labelledby="certificate-title">
            <h2 id="certificate-title">检验合格证明</h2>
            <dl>
            {Row("编号", batch.Certificate.Number)}{Row("出具机构", batch.Certificate.Issuer)}{Row("出具日期", Date(batch.Certificate.IssuedOn))}
            </dl>
            </section>
            <section aria-labelledby="producer">
            <h2 id="producer">生产者</h2>
            <dl>
            {Row("名称", producer?.Name ?? "")}{(producer?.Address is { } address ? Row("地址", address) : "")}{(place.Length > 0 ? Row("所在地", place) : "")}{producerCode}
            </dl>
            </section>
            <p class="note">信息截至 <time datetime="{asOf.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)}">{asOf.ToString("yyyy年M月d日 HH:mm", CultureInfo.InvariantCulture)}</time>（北京时间），由生产者登记、市场监督管理部门实时监测，以本页为准。</p>
            """);
    }

    public static string Unknown() => Layout("追溯码未登记", """
        <p class="kicker">一码贯通 · 产品质量安全追溯</p>
        <div class="banner unknown" role="alert"><strong>未登记</strong>该追溯码未在本平台登记。</div>
        <p class="note">可能是印刷或扫描错误，也可能是未登记或假冒的产品。请勿据此判断产品质量，可向当地市场监督管理部门核实。</p>
        """);

    private static string Row(string term, string value, bool encode = true) =>
        $"<dt>{term}</dt><dd>{(encode ? Encoder.Encode(value) : value)}</dd>";

    private static string Date(DateOnly date) => date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);

    private static string Date(DateTimeOffset time) => Date(DateOnly.FromDateTime(time.ToOffset(ChinaStandardTime).DateTime));

    private static string Layout(string title, string body) => PublicPage.Render(title, Style, body);
}
