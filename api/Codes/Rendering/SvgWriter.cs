using System.Globalization;
using System.Security;
using System.Text;

namespace QualityMap.Api.Codes.Rendering;

/// <summary>
/// Draws a symbol as SVG in module units (one path of dark modules on a white square), scaled to
/// <see cref="CodeStyle.ModuleSize"/> pixels per module; the label, if any, is a text line below the symbol.
/// </summary>
public static class SvgWriter
{
    // System fonts that carry the Chinese characters of enterprise names, first choices first.
    private const string FontFamily = "'Noto Sans CJK SC','Source Han Sans SC','PingFang SC','Microsoft YaHei','SimHei',sans-serif";
    private const double LabelFontModules = 2.5;

    public static string Write(ModuleMatrix matrix, CodeStyle style)
    {
        var across = style.ModulesAcross(matrix);
        var label = style.PrintedLabel;
        // Wide enough for the name: a Chinese character is about one em wide.
        var fontSize = label is null ? 0 : Math.Min(LabelFontModules, across * 0.92 / label.Length);
        var height = across + (label is null ? 0 : Math.Max(LabelFontModules, fontSize) * 1.6);
        var svg = new StringBuilder();
        svg.Append(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"{across * style.ModuleSize}\" height=\"{height * style.ModuleSize}\" viewBox=\"0 0 {across} {height}\" shape-rendering=\"crispEdges\">"));
        svg.Append(Invariant($"<rect width=\"{across}\" height=\"{height}\" fill=\"#FFFFFF\"/>"));
        svg.Append(Invariant($"<path fill=\"{style.Dark.Hex}\" d=\""));
        AppendModules(svg, matrix, style.QuietZone);
        svg.Append("\"/>");
        if (label is not null)
        {
            svg.Append(Invariant($"<text x=\"{across / 2.0}\" y=\"{across + (height - across) * 0.62}\" text-anchor=\"middle\" font-family=\"{FontFamily}\" font-size=\"{fontSize}\" fill=\"#000000\">"));
            svg.Append(SecurityElement.Escape(label));
            svg.Append("</text>");
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    // One sub-path per horizontal run of dark modules keeps the document small.
    private static void AppendModules(StringBuilder svg, ModuleMatrix matrix, int offset)
    {
        for (var y = 0; y < matrix.Size; y++)
        {
            for (var x = 0; x < matrix.Size; x++)
            {
                if (!matrix[x, y]) continue;
                var run = 1;
                while (x + run < matrix.Size && matrix[x + run, y]) run++;
                svg.Append(Invariant($"M{x + offset} {y + offset}h{run}v1h-{run}z"));
                x += run;
            }
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
