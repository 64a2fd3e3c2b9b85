using System.Text;
using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace QualityMap.Api.Printing;

/// <summary>
/// Text laid out by HarfBuzz (so joined scripts and CJK punctuation come out as the font means them), measured and
/// broken into lines that fit a width. Chinese breaks between any two characters, but not before closing or after
/// opening punctuation; a space is preferred.
/// </summary>
public static class ShapedText
{
    // Chinese line breaking (GB/T 15834—2011, the position of punctuation): closing punctuation never starts a line,
    // opening punctuation never ends one.
    private const string NoLineStart = "，。、；：？！）》」』】〕〉…—·,.;:?!)]}%";
    private const string NoLineEnd = "（《「『【〔〈([{";

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
                var cut = LongestFit(rest, font, maxWidth);
                var space = rest[cut] == ' ' ? cut : rest.LastIndexOf(' ', cut - 1, cut);
                if (space > 0) cut = space;
                else cut = KeepPunctuation(rest, cut);
                lines.Add(rest[..cut].TrimEnd());
                rest = rest[cut..].TrimStart();
            }
            lines.Add(rest);
        }
        return lines;
    }

    // The break moves back before punctuation that must not start or end a line, as long as the line keeps a character.
    private static int KeepPunctuation(string text, int cut)
    {
        while (cut > 1 && (NoLineStart.Contains(text[cut]) || NoLineEnd.Contains(text[cut - 1]))) cut--;
        return cut;
    }


    /// <summary>The largest font size up to <paramref name="size"/> at which <paramref name="text"/> fits on one line.</summary>
    public static float SizeToFit(string text, SKTypeface typeface, float size, float maxWidth)
    {
        using var font = new SKFont(typeface, size);
        var width = Width(text, font);
        return width <= maxWidth ? size : size * maxWidth / width;
    }

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
