using SkiaSharp;

namespace QualityMap.Api.Codes.Rendering;

/// <summary>
/// A symbol's dark modules as one path in module units, the quiet zone as its offset: one rectangle per horizontal run,
/// as the SVG draws them. One path, filled once, leaves no hairline seams between rows when a PDF viewer antialiases.
/// </summary>
public static class ModulePath
{
    public static SKPath Of(ModuleMatrix matrix, int quietZone)
    {
        var path = new SKPathBuilder();
        for (var y = 0; y < matrix.Size; y++)
        {
            for (var x = 0; x < matrix.Size; x++)
            {
                if (!matrix[x, y]) continue;
                var run = 1;
                while (x + run < matrix.Size && matrix[x + run, y]) run++;
                path.AddRect(SKRect.Create(x + quietZone, y + quietZone, run, 1), SKPathDirection.Clockwise);
                x += run;
            }
        }
        return path.Detach();
    }
}
