using Microsoft.Extensions.Options;
using QualityMap.Api.Codes;
using QualityMap.Api.Codes.Rendering;
using QualityMap.Api.Printing;

namespace QualityMap.Api.Trace;

/// <summary>
/// Draws a batch's trace code: its Digital Link on the public base URL, in QR or Data Matrix, black on white — a
/// trace code names a product, not a risk, so it carries no colour (the producer's own code is red or green).
/// </summary>
public sealed class TraceCodeRenderer(IOptions<CodesOptions> options, CjkTypeface fonts, CodeMetrics metrics)
{
    public static readonly Rgb Black = new(0, 0, 0);

    public string UriOf(DigitalLink link) => link.On(options.Value.PublicBaseUrl);

    /// <summary>The symbol's modules, for a PDF sheet that draws them as vectors.</summary>
    public ModuleMatrix Encode(DigitalLink link, Symbology symbology)
    {
        var payload = UriOf(link);
        return symbology == Symbology.DataMatrix ? DataMatrixEncoder.Encode(payload) : QrEncoder.Encode(payload);
    }

    public byte[] Render(DigitalLink link, CodeRequest request)
    {
        var matrix = Encode(link, request.Symbology);
        var style = new CodeStyle(request.ModuleSize, request.QuietZone, Black);
        var image = request.Draw(matrix, style, fonts);
        metrics.Rendered(request.MetricFormat);
        return image;
    }
}
