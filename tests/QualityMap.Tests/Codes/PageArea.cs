namespace QualityMap.Tests.Codes;

/// <summary>A rectangle on a PDF page in millimetres from its top left.</summary>
public readonly record struct PageArea(double X, double Y, double Width, double Height)
{
    public (int X, int Y, int Width, int Height) Pixels(int dpi)
    {
        int Px(double mm) => (int)Math.Round(mm * dpi / 25.4);
        return (Px(X), Px(Y), Px(Width), Px(Height));
    }
}
