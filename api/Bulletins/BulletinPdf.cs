using QualityMap.Api.Printing;
using QualityMap.Grains.Bulletins;
using SkiaSharp;

namespace QualityMap.Api.Bulletins;

/// <summary>The 警情通报 as an A4 PDF: the same <see cref="Bulletin"/> the print page shows, in the same order, as searchable text.</summary>
public static class BulletinPdf
{
    private static readonly SKColor Red = new(0xCC, 0x00, 0x00);   // the masthead of a Chinese official document is red
    private const string Indent = "　　";                            // two 全角 spaces open a paragraph

    public static byte[] Render(Bulletin bulletin, SKTypeface typeface)
    {
        using var output = new MemoryStream();
        using (var document = A4.CreatePdf(output, bulletin.Title, bulletin.IssuedAt))
        using (var flow = new A4Flow(document, typeface, A4Margins.OfficialDocument))
        {
            flow.Paragraph(bulletin.Issuer, 26f, SKTextAlign.Center, Red, spaceAfter: 4f);
            flow.Paragraph(bulletin.DocumentNo, 14f, SKTextAlign.Center);
            flow.Rule(Red, 1.5f, spaceAfter: 14f);
            flow.Paragraph(bulletin.Title, 18f, SKTextAlign.Center, spaceAfter: 10f);
            flow.Paragraph(bulletin.Addressee, 14f);
            flow.Paragraph(Indent + bulletin.Opening, 14f, spaceAfter: 6f);

            flow.Paragraph("一、高风险企业及其依据", 14f);
            var number = 1;
            foreach (var enterprise in bulletin.Enterprises)
            {
                var town = enterprise.Town.Length > 0 ? $"，{enterprise.Town}" : "";
                flow.Paragraph($"{number++}. {enterprise.Name}（统一社会信用代码 {enterprise.Uscc}{town}）", 12f, indent: 14f);
                foreach (var evidence in enterprise.Evidence) flow.Paragraph("· " + evidence, 11f, indent: 28f);
            }
            flow.Space(6f);

            flow.Paragraph("二、整治要求（DB3304/T 056—2023 第4.2.2条）", 14f);
            flow.Paragraph(Indent + bulletin.MeasuresIntro, 14f);
            foreach (var measure in bulletin.Measures) flow.Paragraph(measure, 14f, indent: 28f);
            flow.Space(6f);

            flow.Paragraph("三、整治期限", 14f);
            flow.Paragraph(Indent + bulletin.DeadlineText, 14f);

            flow.Space(36f);
            flow.Paragraph(bulletin.Issuer, 14f, SKTextAlign.Right);
            flow.Paragraph(bulletin.IssuedOnText, 14f, SKTextAlign.Right);
            flow.Space(36f);
            flow.Rule(SKColors.Black, 0.75f, spaceAfter: 2f);
            flow.Paragraph("抄送：" + bulletin.CopyTo, 12f);
        }
        return output.ToArray();
    }
}
