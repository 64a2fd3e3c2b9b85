using SkiaSharp;

namespace QualityMap.Api.Printing;

/// <summary>An ISO 216 A4 page in PDF points (1/72 in), and the conversions a print layout needs.</summary>
public static class A4
{
    public const float WidthMm = 210f;
    public const float HeightMm = 297f;

    public static float Width => Points(WidthMm);
    public static float Height => Points(HeightMm);

    public static float Points(float millimetres) => millimetres * 72f / 25.4f;

    /// <summary>
    /// A PDF of A4 pages written to <paramref name="output"/>: each call of <see cref="SKDocument.BeginPage(float, float)"/>
    /// should use <see cref="Width"/> × <see cref="Height"/>. Text drawn with a typeface is embedded (subset) as text, so
    /// a reader can search and copy it.
    /// </summary>
    public static SKDocument CreatePdf(Stream output, string title, DateTimeOffset created) =>
        SKDocument.CreatePdf(output, new SKDocumentPdfMetadata
        {
            Title = title,
            Creator = "QualityMap",
            Producer = "QualityMap (SkiaSharp)",
            Creation = created.UtcDateTime,
            Modified = created.UtcDateTime,
        });
}
