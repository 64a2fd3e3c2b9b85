namespace QualityMap.Tests.Codes;

/// <summary>A rectangle on a PDF page in millimetres from its top left.</summary>
public readonly record struct PageArea(double X, double Y, double Width, double Height)
{
    public (int X, int Y, int Width, int Height) Pixels(int dpi)
    {
        int Px(double mm) => (int)Math.Round(mm * dpi / 25.4);
        return (Px(X), Px(Y), Px(Width), Px(Height));
    }

    /// <summary>Cell <paramref name="index"/> of a label sheet on the default grid, worked out again: 10 mm page margins, 4 mm gaps, 3 × 4 cells on 210 × 297 mm.</summary>
    public static PageArea LabelCell(int index)
    {
        const double width = (210 - 2 * 10 - 2 * 4) / 3.0, height = (297 - 2 * 10 - 3 * 4) / 4.0;
        return new PageArea(10 + index % 3 * (width + 4), 10 + index / 3 * (height + 4), width, height);
    }
}
