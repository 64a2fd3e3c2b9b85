using QualityMap.Api.Codes.Rendering;
using QualityMap.Api.Codes.Signing;
using QualityMap.Api.Printing;
using QualityMap.Grains.Enterprises;

namespace QualityMap.Api.Codes;

/// <summary>
/// Draws an enterprise's code in its current colour. The class is read from the enterprise at every render and
/// never cached, so a reclassification shows on the very next code (DB3304/T 056 §5.1.1: the code carries the
/// current status).
/// </summary>
public sealed class CodeRenderer(CodeSigner signer, HanXinEncoder hanXin, CjkTypeface fonts, CodeMetrics metrics)
{
    /// <exception cref="HanXinUnavailableException">Han Xin was asked for and zint is missing.</exception>
    /// <exception cref="FontUnavailableException">A PNG with the name was asked for and no Chinese font is installed.</exception>
    public async Task<byte[]> RenderAsync(EnterpriseView enterprise, CodeRequest request, CancellationToken cancellationToken)
    {
        var matrix = await EncodeAsync(enterprise, request.Symbology, cancellationToken);
        var style = new CodeStyle(request.ModuleSize, request.QuietZone, CodeColour.For(enterprise.Class).Rgb,
            request.Label ? enterprise.Name : null);
        var image = request.Draw(matrix, style, fonts);
        metrics.Rendered(request.MetricFormat);
        return image;
    }

    /// <summary>The symbol of the enterprise's signed verification URL, for writers that draw it themselves (a label sheet).</summary>
    /// <exception cref="HanXinUnavailableException">Han Xin was asked for and zint is missing.</exception>
    public async Task<ModuleMatrix> EncodeAsync(EnterpriseView enterprise, Symbology symbology, CancellationToken cancellationToken)
    {
        var payload = await signer.UrlForAsync(enterprise.Uscc);
        return symbology == Symbology.HanXin ? await hanXin.EncodeAsync(payload, cancellationToken) : QrEncoder.Encode(payload);
    }
}
