using QualityMap.Api.Codes.Rendering;
using QualityMap.Api.Printing;
using QualityMap.Tests.Printing;
using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace QualityMap.Tests.Codes;

/// <summary>The PNG with the name under the code, read back with the tests' own PNG decoder.</summary>
public sealed class LabelledPngTests
{
    private const int ModuleSize = 8;
    private const int QuietZone = 4;
    private static readonly SKTypeface Typeface = SystemFont.Cjk().Get();
    private static readonly ModuleMatrix Matrix = QrEncoder.Encode($"{CodeHost.PublicBaseUrl}/v/91330402MA2B00001X.k1.AAAAAAAAAAAAAAAA");
    private static readonly int Side = (Matrix.Size + 2 * QuietZone) * ModuleSize;

    [Fact]
    public void TheNameIsDrawnInRealGlyphsNotTheFontsMissingBoxes()
    {
        const string name = "嘉兴示例电缆有限公司";
        const string other = "宁波测试化工有限公司";
        // Private-use characters no font maps: HarfBuzz gives glyph 0, .notdef, the box a font draws for what it lacks.
        var boxes = new string('\uE000', name.Length);
        var otherBoxes = new string('\uE001', name.Length);
        Assert.All(Glyphs(name), glyph => Assert.NotEqual(0u, glyph));
        Assert.All(Glyphs(boxes), glyph => Assert.Equal(0u, glyph));

        // Two texts of boxes draw the same pixels, so a name drawn as boxes would equal them; the name does not, nor
        // does it equal another name of as many characters.
        Assert.Equal(TextBand(boxes), TextBand(otherBoxes));
        Assert.NotEqual(TextBand(boxes), TextBand(name));
        Assert.NotEqual(TextBand(other), TextBand(name));
        Assert.Contains(TextBand(name), pixel => pixel == (0, 0, 0));
    }

    [Fact]
    public void TheSymbolAndItsQuietZoneAreThoseOfTheUnlabelledCodePixelForPixelAndTheNameKeepsBelowAndWithin()
    {
        var dark = new Rgb(0x00, 0x7A, 0x3D);
        var plain = PngImage.Decode(PngWriter.Write(Matrix, new CodeStyle(ModuleSize, QuietZone, dark)));
        var labelled = Decode("嘉兴市南湖区示例电线电缆制造有限责任公司");

        Assert.Equal(Side, labelled.Width);
        Assert.True(labelled.Height > Side);
        for (var y = 0; y < Side; y++)
        for (var x = 0; x < Side; x++)
            Assert.True(plain[x, y] == labelled[x, y], $"pixel ({x}, {y}) differs from the unlabelled code's");
        var symbolLeft = QuietZone * ModuleSize;
        var symbolRight = symbolLeft + Matrix.Size * ModuleSize;
        for (var y = Side; y < labelled.Height; y++)
        for (var x = 0; x < labelled.Width; x++)
        {
            if (labelled[x, y] != (255, 255, 255))
                Assert.InRange(x, symbolLeft, symbolRight - 1);
        }
    }

    [Fact]
    public void ALongNameWrapsOntoTwoLinesAndOneTooLongForThemEndsInAnEllipsis()
    {
        var width = Matrix.Size * ModuleSize;
        const string wraps = "嘉兴市南湖区示例电线电缆制造有限责任公司";
        var tooLong = string.Concat(Enumerable.Repeat("嘉兴市南湖区示例电线电缆制造有限责任公司", 4));

        var two = FittedText.Fit(wraps, Typeface, width, 2.5f * ModuleSize, 1.5f * ModuleSize, maxLines: 2);
        var cut = FittedText.Fit(tooLong, Typeface, width, 2.5f * ModuleSize, 1.5f * ModuleSize, maxLines: 2);

        Assert.Equal(2, two.Lines.Count);
        Assert.Equal(wraps, string.Concat(two.Lines));
        Assert.Equal(2, cut.Lines.Count);
        Assert.Equal(1.5f * ModuleSize, cut.Size);
        Assert.EndsWith("…", cut.Lines[1]);
        Assert.StartsWith(cut.Lines[0], tooLong);
        using var font = new SKFont(Typeface, cut.Size);
        Assert.All(two.Lines.Concat(cut.Lines), line => Assert.True(ShapedText.Width(line, font) <= width, line));
        // A short name stays on one line at the largest size.
        Assert.Equal(2.5f * ModuleSize, FittedText.Fit("南湖电缆", Typeface, width, 2.5f * ModuleSize, 1.5f * ModuleSize, 2).Size);
    }

    private static uint[] Glyphs(string text)
    {
        using var shaper = new SKShaper(Typeface);
        using var font = new SKFont(Typeface, 20);
        return shaper.Shape(text, font).Codepoints;
    }

    private static PngImage Decode(string name) =>
        PngImage.Decode(LabelledPngWriter.Write(Matrix, new CodeStyle(ModuleSize, QuietZone, new Rgb(0x00, 0x7A, 0x3D), name), Typeface));

    // The pixels under the code's square, row by row.
    private static (byte R, byte G, byte B)[] TextBand(string name)
    {
        var image = Decode(name);
        return [.. Enumerable.Range(Side, image.Height - Side).SelectMany(y => Enumerable.Range(0, image.Width).Select(x => image[x, y]))];
    }
}
