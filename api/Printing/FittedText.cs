using SkiaSharp;

namespace QualityMap.Api.Printing;

/// <summary>
/// A text set to fit a box: at the largest type size at which it wraps onto at most the allowed lines, or at the
/// smallest size with its last line cut and ended with "…". Sizes are in the canvas's units (pixels or millimetres).
/// </summary>
public sealed class FittedText
{
    private const string Ellipsis = "…";
    // Each try sets the type 5 % smaller than the one before, down to the smallest size.
    private const float Step = 0.95f;

    private readonly SKTypeface _typeface;

    private FittedText(SKTypeface typeface, float size, IReadOnlyList<string> lines)
    {
        _typeface = typeface;
        Size = size;
        Lines = lines;
    }

    public float Size { get; }

    public IReadOnlyList<string> Lines { get; }

    public static FittedText Fit(string text, SKTypeface typeface, float maxWidth, float largest, float smallest, int maxLines)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLines, 1);
        for (var size = largest; size > smallest; size *= Step)
        {
            using var font = new SKFont(typeface, size);
            var lines = ShapedText.Wrap(text, font, maxWidth);
            if (lines.Count <= maxLines) return new FittedText(typeface, size, lines);
        }
        using var smallestFont = new SKFont(typeface, smallest);
        var wrapped = ShapedText.Wrap(text, smallestFont, maxWidth);
        if (wrapped.Count <= maxLines) return new FittedText(typeface, smallest, wrapped);
        var kept = wrapped.Take(maxLines - 1).ToList();
        kept.Add(Cut(string.Concat(wrapped.Skip(maxLines - 1)), smallestFont, maxWidth));
        return new FittedText(typeface, smallest, kept);
    }

    /// <summary>Draws line <paramref name="index"/> centred on <paramref name="centreX"/>, in the middle of the line box from <paramref name="top"/>.</summary>
    public void DrawCentred(SKCanvas canvas, int index, float centreX, float top, float lineHeight, SKPaint paint)
    {
        using var font = new SKFont(_typeface, Size) { Subpixel = true };
        var metrics = font.Metrics;
        // Ascent is negative: the baseline sits so that ascent to descent is centred in the line box.
        var baseline = top + (lineHeight - (metrics.Descent - metrics.Ascent)) / 2 - metrics.Ascent;
        ShapedText.Draw(canvas, Lines[index], centreX, baseline, font, paint, SKTextAlign.Center);
    }

    // The longest start of the text that fits with "…" after it, never splitting a character.
    private static string Cut(string text, SKFont font, float maxWidth)
    {
        var starts = System.Globalization.StringInfo.ParseCombiningCharacters(text);
        for (var count = starts.Length - 1; count > 0; count--)
        {
            var candidate = text[..starts[count]].TrimEnd() + Ellipsis;
            if (ShapedText.Width(candidate, font) <= maxWidth) return candidate;
        }
        return Ellipsis;
    }
}
