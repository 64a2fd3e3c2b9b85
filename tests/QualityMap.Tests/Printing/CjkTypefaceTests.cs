using QualityMap.Api.Printing;
using SkiaSharp;
using Xunit;

namespace QualityMap.Tests.Printing;

public sealed class CjkTypefaceTests
{
    [Fact]
    public void TheSystemFontCoversEveryCharacterOfABureauName()
    {
        using var fonts = SystemFont.Cjk();
        using var font = new SKFont(fonts.Get(), 12);
        Assert.True(font.ContainsGlyphs("嘉兴市南湖区市场监督管理局（警情通报）"));
    }

    [Fact]
    public void AMissingFontFileIsAClearErrorNamingTheSetting()
    {
        using var fonts = SystemFont.Cjk(new PrintingOptions { FontFile = "/nonexistent/font.ttf" });
        var e = Assert.Throws<FontUnavailableException>(() => fonts.Get());
        Assert.Contains("Printing:FontFile", e.Message);
    }

    [Fact]
    public void AFontFileWithoutChineseIsRefusedRatherThanPrintingBoxes()
    {
        var latinOnly = Directory.EnumerateFiles("/usr/share/fonts", "DejaVuSans.ttf", SearchOption.AllDirectories).First();
        using var fonts = SystemFont.Cjk(new PrintingOptions { FontFile = latinOnly });
        Assert.Throws<FontUnavailableException>(() => fonts.Get());
    }
}
