using QualityMap.Api.Printing;
using SkiaSharp;
using SkiaSharp.HarfBuzz;
using Xunit;

namespace QualityMap.Tests.Printing;

public sealed class ShapedTextTests
{
    private static readonly SKTypeface Typeface = SystemFont.Cjk().Get();

    [Fact]
    public void EveryChineseCharacterShapesToARealGlyphNotTheMissingBox()
    {
        using var shaper = new SKShaper(Typeface);
        using var font = new SKFont(Typeface, 20);
        var shaped = shaper.Shape("嘉兴市秀洲区新城街道", font);
        Assert.Equal(10, shaped.Codepoints.Length);
        Assert.All(shaped.Codepoints, glyph => Assert.NotEqual(0u, glyph));  // glyph 0 is .notdef, the box
    }

    [Fact]
    public void WrappedLinesEachFitTheWidthAndKeepEveryCharacterInOrder()
    {
        using var font = new SKFont(Typeface, 12);
        const string text = "浙江省嘉兴市南湖区某某食品有限公司生产的一批次产品经监督抽查不合格 (GB 2760-2014)";
        var width = ShapedText.Width("浙江省嘉兴市南湖区", font);
        var lines = ShapedText.Wrap(text, font, width);
        Assert.True(lines.Count > 3);
        Assert.All(lines, line => Assert.True(ShapedText.Width(line, font) <= width + 0.01f, line));
        Assert.Equal(text.Replace(" ", ""), string.Concat(lines).Replace(" ", ""));
    }

    [Fact]
    public void ALineBreaksAtASpaceWhenOneIsInReach()
    {
        using var font = new SKFont(Typeface, 12);
        var lines = ShapedText.Wrap("GB 2760 food additives", font, ShapedText.Width("GB 2760 food", font) + 1);
        Assert.Equal(["GB 2760 food", "additives"], lines);
    }

    [Fact]
    public void ALineNeitherStartsWithClosingPunctuationNorSplitsANumber()
    {
        using var font = new SKFont(Typeface, 12);
        var comma = ShapedText.Wrap("南湖区市场监督管理局制定整治方案，报设区市", font, ShapedText.Width("南湖区市场监督管理局制定整治方案", font) + 1);
        Assert.Equal(["南湖区市场监督管理局制定整治方", "案，报设区市"], comma);
        var number = ShapedText.Wrap("对照GB 2760标准", font, ShapedText.Width("对照GB 27", font) + 0.5f);
        Assert.Equal(["对照GB", "2760标准"], number);
    }

    [Fact]
    public void ClosingPunctuationNeverStartsALineNorOpeningPunctuationEndsOne()
    {
        using var font = new SKFont(Typeface, 12);
        const string name = "嘉兴（南湖）儿童玩具有限公司";

        var beforeClosing = ShapedText.Wrap(name, font, ShapedText.Width("嘉兴（南湖", font) + 0.5f);
        var afterOpening = ShapedText.Wrap(name, font, ShapedText.Width("嘉兴（", font) + 0.5f);

        Assert.Equal("嘉兴（南", beforeClosing[0]);
        Assert.StartsWith("湖）", beforeClosing[1]);
        Assert.Equal("嘉兴", afterOpening[0]);
        Assert.StartsWith("（南", afterOpening[1]);
        Assert.All(beforeClosing.Concat(afterOpening), line => Assert.False(line.StartsWith('）') || line.EndsWith('（'), line));
    }
}
