using System.Globalization;

namespace QualityMap.Api.Codes.Rendering;

/// <summary>An sRGB colour.</summary>
public readonly record struct Rgb(byte R, byte G, byte B)
{
    public static readonly Rgb White = new(0xFF, 0xFF, 0xFF);

    /// <summary>"#RRGGBB".</summary>
    public string Hex => string.Create(CultureInfo.InvariantCulture, $"#{R:X2}{G:X2}{B:X2}");
}
