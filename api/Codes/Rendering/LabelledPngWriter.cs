using QualityMap.Api.Printing;
using SkiaSharp;

namespace QualityMap.Api.Codes.Rendering;

/// <summary>
/// Draws a symbol with the enterprise name under it as a PNG: the symbol exactly as <see cref="PngWriter"/> draws it
/// (same pixels, same quiet zone), then the name in black, shaped by HarfBuzz, wrapped and set smaller to keep within
/// the symbol's width. The text starts below the bottom quiet zone, so nothing enters it and the code scans as before.
/// </summary>
public static class LabelledPngWriter
{
    // Type size of the name in modules: 2.5 as in the SVG, down to 1.5 for a long name, which is then cut with "…".
    private const float LargestModules = 2.5f;
    private const float SmallestModules = 1.5f;
    private const int MaxLines = 2;
    private const float LineSpacing = 1.3f;

    public static byte[] Write(ModuleMatrix matrix, CodeStyle style, SKTypeface typeface)
    {
        var label = style.PrintedLabel ?? throw new ArgumentException("The style has no label to print.", nameof(style));
        var m = style.ModuleSize;
        var side = style.ModulesAcross(matrix) * m;
        var text = FittedText.Fit(label, typeface, matrix.Size * m, LargestModules * m, SmallestModules * m, MaxLines);
        var lineHeight = text.Size * LineSpacing;
        // One module of white under the last line.
        var height = side + (int)Math.Ceiling(text.Lines.Count * lineHeight) + m;

        using var bitmap = new SKBitmap(new SKImageInfo(side, height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.White);
            using (var modules = ModulePath.Of(matrix, style.QuietZone))
            using (var dark = new SKPaint { Color = new SKColor(style.Dark.R, style.Dark.G, style.Dark.B), IsAntialias = false })
            {
                // Whole pixels per module and no antialiasing: every module is exactly the PngWriter's square.
                canvas.Save();
                canvas.Scale(m);
                canvas.DrawPath(modules, dark);
                canvas.Restore();
            }
            using var ink = new SKPaint { Color = SKColors.Black, IsAntialias = true };
            for (var i = 0; i < text.Lines.Count; i++) text.DrawCentred(canvas, i, side / 2f, side + i * lineHeight, lineHeight, ink);
        }
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
