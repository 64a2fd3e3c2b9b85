using System.Text;
using QualityMap.Api.Codes.Rendering;
using QualityMap.Api.Printing;

namespace QualityMap.Api.Codes;

/// <summary>A validated request for one code image.</summary>
/// <param name="ModuleSize">Pixels per module.</param>
/// <param name="QuietZone">Light modules around the symbol.</param>
/// <param name="Label">Print the enterprise name below the symbol.</param>
public sealed record CodeRequest(CodeFormat Format, Symbology Symbology, int ModuleSize, int QuietZone, bool Label)
{
    /// <summary>The metrics' format tag: the symbology for Han Xin, else the file format.</summary>
    public string MetricFormat => Symbology == Symbology.HanXin ? "hanxin" : Format == CodeFormat.Png ? "png" : "svg";

    public string ContentType => Format == CodeFormat.Png ? "image/png" : "image/svg+xml";

    public string FileExtension => Format == CodeFormat.Png ? "png" : "svg";

    /// <summary>The image file of a symbol drawn in <paramref name="style"/>, in this request's format.</summary>
    /// <exception cref="FontUnavailableException">A PNG with a name was asked for and no Chinese font is installed.</exception>
    public byte[] Draw(ModuleMatrix matrix, CodeStyle style, CjkTypeface fonts) => Format switch
    {
        // Without a name the hand-written 1-bit PNG, unchanged byte for byte; with one, Skia draws the shaped text.
        CodeFormat.Png when style.PrintedLabel is null => PngWriter.Write(matrix, style),
        CodeFormat.Png => LabelledPngWriter.Write(matrix, style, fonts.Get()),
        _ => Encoding.UTF8.GetBytes(SvgWriter.Write(matrix, style)),
    };
}
