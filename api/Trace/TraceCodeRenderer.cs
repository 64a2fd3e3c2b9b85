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
    private static readonly Rgb Black = new(0, 0, 0);

    public string UriOf(DigitalLink link) => link.On(options.Value.PublicBaseUrl);

    public byte[] Render(DigitalLink link, CodeRequest request)
    {
        var payload = UriOf(link);
        var matrix = request.Symbology == Symbology.DataMatrix ? DataMatrixEncoder.Encode(payload) : QrEncoder.Encode(payload);
        var style = new CodeStyle(request.ModuleSize, request.QuietZone, Black);
        var image = request.Draw(matrix, style, fonts);
        metrics.Rendered(request.MetricFormat);
        return image;
    }
}
