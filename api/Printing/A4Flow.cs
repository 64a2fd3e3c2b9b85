using SkiaSharp;

namespace QualityMap.Api.Printing;

/// <summary>
/// Text flowing down A4 pages of a PDF: paragraphs wrapped to the type area (shaped, see <see cref="ShapedText"/>), rules
/// and gaps, a new page whenever the next line would pass the bottom margin, and the page number centred below the
/// type area (“— 1 —”, as Chinese official documents number their pages). Dispose to finish the last page.
/// </summary>
public sealed class A4Flow : IDisposable
{
    private const float LineSpacing = 1.6f;

    private readonly SKDocument _document;
    private readonly SKTypeface _typeface;
    private readonly A4Margins _margins;
    private SKCanvas? _canvas;
    private float _y;
    private int _pages;

    public A4Flow(SKDocument document, SKTypeface typeface, A4Margins margins)
    {
        _document = document;
        _typeface = typeface;
        _margins = margins;
    }

    private float Left => A4.Points(_margins.LeftMm);
    private float Width => A4.Width - Left - A4.Points(_margins.RightMm);
    private float Bottom => A4.Height - A4.Points(_margins.BottomMm);

    /// <summary>
    /// A paragraph at <paramref name="size"/> points, wrapped to the type area less <paramref name="indent"/> points on
    /// the left; a first-line indent is the text's own leading 全角 spaces (　　), as Chinese typesetting does it.
    /// </summary>
    public void Paragraph(string text, float size, SKTextAlign align = SKTextAlign.Left, SKColor? colour = null, float indent = 0, float spaceAfter = 0)
    {
        using var font = new SKFont(_typeface, size);
        using var paint = new SKPaint { Color = colour ?? SKColors.Black, IsAntialias = true };
        var lineHeight = size * LineSpacing;
        foreach (var line in ShapedText.Wrap(text, font, Width - indent))
        {
            var canvas = Room(lineHeight);
            var x = align switch
            {
                SKTextAlign.Center => Left + indent + (Width - indent) / 2,
                SKTextAlign.Right => Left + Width,
                _ => Left + indent,
            };
            // The baseline sits a little over one size below the line's top; the rest of the spacing is left under the descenders.
            ShapedText.Draw(canvas, line, x, _y + size * 1.05f, font, paint, align);
            _y += lineHeight;
        }
        _y += spaceAfter;
    }

    /// <summary>A horizontal rule across the type area.</summary>
    public void Rule(SKColor colour, float thickness, float spaceAfter = 0)
    {
        var canvas = Room(thickness);
        using var paint = new SKPaint { Color = colour, StrokeWidth = thickness, IsAntialias = true };
        canvas.DrawLine(Left, _y + thickness / 2, Left + Width, _y + thickness / 2, paint);
        _y += thickness + spaceAfter;
    }

    /// <summary>Vertical space; at a page's top it is dropped.</summary>
    public void Space(float points)
    {
        if (_canvas is not null && _y > A4.Points(_margins.TopMm)) _y = Math.Min(_y + points, Bottom);
    }

    // The canvas with room for `height` more points, on a new page when this one is full.
    private SKCanvas Room(float height)
    {
        if (_canvas is null || _y + height > Bottom)
        {
            EndPage();
            _canvas = _document.BeginPage(A4.Width, A4.Height);
            _pages++;
            _y = A4.Points(_margins.TopMm);
        }
        return _canvas;
    }

    private void EndPage()
    {
        if (_canvas is null) return;
        using var font = new SKFont(_typeface, 12f);
        using var paint = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        ShapedText.Draw(_canvas, $"— {_pages} —", A4.Width / 2, Bottom + A4.Points(10), font, paint, SKTextAlign.Center);
        _document.EndPage();
        _canvas = null;
    }

    public void Dispose() => EndPage();
}
