using QualityMap.Api.Printing;
using QualityMap.Tests.Codes;
using SkiaSharp;
using Xunit;

namespace QualityMap.Tests.Printing;

public sealed class A4PdfTests
{
    [Fact]
    public async Task ShapedChineseTextInThePdfIsTextAReaderCanExtract()
    {
        var path = Path.Combine(Path.GetTempPath(), $"qualitymap-a4-{Guid.NewGuid():N}.pdf");
        try
        {
            await using (var file = File.Create(path))
            using (var pdf = A4.CreatePdf(file, "测试", DateTimeOffset.UnixEpoch))
            {
                using var font = new SKFont(SystemFont.Cjk().Get(), 14);
                using var ink = new SKPaint { Color = SKColors.Black };
                // 一 and ⼀ (Kangxi radical one) are one glyph in Noto CJK; the text must come out as 一.
                foreach (var page in new[] { "第一页：嘉兴市秀洲区", "第二页：平湖市当湖街道 GB 2760—2014 ⼀" })
                {
                    var canvas = pdf.BeginPage(A4.Width, A4.Height);
                    ShapedText.Draw(canvas, page, A4.Points(20), A4.Points(30), font, ink);
                    pdf.EndPage();
                }
                pdf.Close();
            }
            var (exit, info) = await ExternalTool.RunAsync("pdfinfo", "poppler-utils", path);
            Assert.Equal(0, exit);
            Assert.Matches(@"Pages:\s+2\n", info);
            Assert.Matches(@"Page size:\s+595(\.\d+)? x 84[12](\.\d+)? pts \(A4\)", info);
            var (_, text) = await ExternalTool.RunAsync("pdftotext", "poppler-utils", "-layout", path, "-");
            Assert.Contains("第一页：嘉兴市秀洲区", text);
            Assert.Contains("第二页：平湖市当湖街道 GB 2760—2014 ⼀", text);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
