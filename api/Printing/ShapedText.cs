using System.Text;
using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace QualityMap.Api.Printing;

/// <summary>
/// Text laid out by HarfBuzz (so joined scripts and CJK punctuation come out as the font means them), measured and
/// broken into lines that fit a width. A line breaks at a space or beside a Chinese character, never inside a Latin
/// word or number that fits a line, and never so that closing punctuation starts a line or opening punctuation ends one
/// (the 避头尾 rule of Chinese typesetting).
/// </summary>
public static class ShapedText
{
    /// <summary>The advance width of <paramref name="text"/> in <paramref name="font"/>, as shaped.</summary>
    public static float Width(string text, SKFont font)
    {
        using var shaper = new SKShaper(font.Typeface);
        return shaper.Shape(text, font).Width;
    }

    /// <summary>
    /// Draws one line with its baseline at <paramref name="baseline"/>, starting at (or centred on, or ending at)
    /// <paramref name="x"/>. The glyph run carries the text and HarfBuzz's clusters, so a PDF maps each glyph back to
    /// the character it was shaped from: CJK fonts share one glyph between an ideograph and its Kangxi radical, and
    /// without the text a reader extracts 第⼀ for 第一.
    /// </summary>
    public static void Draw(SKCanvas canvas, string text, float x, float baseline, SKFont font, SKPaint paint, SKTextAlign align = SKTextAlign.Left)
    {
        if (text.Length == 0) return;
        using var shaper = new SKShaper(font.Typeface);
        var shaped = shaper.Shape(text, font);
        var start = align switch
        {
            SKTextAlign.Center => x - shaped.Width / 2,
            SKTextAlign.Right => x - shaped.Width,
            _ => x,
        };
        var utf8 = Encoding.UTF8.GetBytes(text);
        using var builder = new SKTextBlobBuilder();
        var run = builder.AllocatePositionedTextRun(font, shaped.Codepoints.Length, utf8.Length);
        var glyphs = run.Glyphs;
        var positions = run.Positions;
        var clusters = run.Clusters;
        for (var i = 0; i < shaped.Codepoints.Length; i++)
        {
            glyphs[i] = (ushort)shaped.Codepoints[i];
            positions[i] = shaped.Points[i];
            clusters[i] = shaped.Clusters[i];  // SKShaper shapes the UTF-8 bytes: clusters are byte offsets, as a blob's are
        }
        utf8.CopyTo(run.Text);
        using var blob = builder.Build()!;
        canvas.DrawText(blob, start, baseline, paint);
    }

    /// <summary>The lines of <paramref name="text"/> that each fit <paramref name="maxWidth"/> (a line of one character may not).</summary>
    public static IReadOnlyList<string> Wrap(string text, SKFont font, float maxWidth)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Split('\n'))
        {
            var rest = paragraph.TrimEnd();
            while (Width(rest, font) > maxWidth && rest.Length > 1)
            {
                var cut = BreakBefore(rest, LongestFit(rest, font, maxWidth));
                lines.Add(rest[..cut].TrimEnd());
                rest = rest[cut..].TrimStart();
            }
            lines.Add(rest);
        }
        return lines;
    }

    // Closing punctuation may not start a line, opening punctuation may not end one (避头尾).
    private const string NoLineStart = "，。、；：？！）》」』”’〕】．,.;:?!)]}%";
    private const string NoLineEnd = "（《「『“‘〔【([{";

    /// <summary>Where to break a line that fits up to <paramref name="fits"/> characters: the last allowed opportunity.</summary>
    private static int BreakBefore(string text, int fits)
    {
        if (fits < text.Length && text[fits] == ' ') return fits;
        for (var cut = fits; cut > 0; cut--)
            if (CanBreak(text, cut)) return cut;
        return fits;   // one word longer than the line: break inside it
    }

    private static bool CanBreak(string text, int at)
    {
        char before = text[at - 1], after = text[at];
        if (NoLineStart.Contains(after) || NoLineEnd.Contains(before) || char.IsLowSurrogate(after)) return false;
        return before == ' ' || after == ' ' || IsCjk(before) || IsCjk(after);
    }

    // Ideographs (with extension A), CJK symbols and punctuation, and full-width forms: each is a break opportunity.
    private static bool IsCjk(char c) => c is >= '\u3000' and <= '\u303F' or >= '\u3400' and <= '\u4DBF' or >= '\u4E00' and <= '\u9FFF' or >= '\uFF00' and <= '\uFFEF' || char.IsSurrogate(c);

    // Binary search over whole UTF-16 units, never splitting a surrogate pair.
    private static int LongestFit(string text, SKFont font, float maxWidth)
    {
        int fits = 1, over = text.Length;
        while (over - fits > 1)
        {
            var mid = (fits + over) / 2;
            if (char.IsLowSurrogate(text[mid])) mid--;
            if (mid <= fits) break;
            if (Width(text[..mid], font) <= maxWidth) fits = mid; else over = mid;
        }
        if (fits < text.Length && char.IsLowSurrogate(text[fits])) fits++;
        return fits;
    }
}
