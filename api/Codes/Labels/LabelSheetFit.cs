using Microsoft.Extensions.Options;
using QualityMap.Api.Codes.Rendering;
using QualityMap.Api.Codes.Signing;

namespace QualityMap.Api.Codes.Labels;

/// <summary>
/// Whether a sheet export's codes keep a scannable module on the configured grid: the longest verification URL is
/// encoded in the requested symbology and drawn with the requested quiet zone. Start-up validation checks QR with the
/// least quiet zone; Han Xin and wider quiet zones are checked here, before an export starts.
/// </summary>
public sealed class LabelSheetFit(IOptions<CodesOptions> options, HanXinEncoder hanXin)
{
    public LabelSheetLayout Layout { get; } = new(options.Value.LabelSheet);

    /// <exception cref="HanXinUnavailableException">Han Xin was asked for and zint is missing.</exception>
    public async Task<CodeRequestError?> RefuseAsync(CodeRequest request, CancellationToken cancellationToken)
    {
        var longest = CodeSigner.LongestUrlOn(options.Value.PublicBaseUrl);
        var matrix = request.Symbology == Symbology.HanXin ? await hanXin.EncodeAsync(longest, cancellationToken) : QrEncoder.Encode(longest);
        return Refuse(matrix, request.QuietZone);
    }

    /// <summary>Null when <paramref name="widest"/>, the largest symbol of a sheet, keeps a scannable module on a label.</summary>
    public CodeRequestError? Refuse(ModuleMatrix widest, int quietZone)
    {
        var across = widest.Size + 2 * quietZone;
        var module = Layout.CodeSideMm / across;
        return module >= Layout.Options.MinModuleMm
            ? null
            : new CodeRequestError("quietZone", "fits-label", FormattableString.Invariant(
                $"With a quiet zone of {quietZone} modules a label's {Layout.CodeSideMm:0.#} mm code has {module:0.###} mm modules, ")
                + FormattableString.Invariant($"under Codes:LabelSheet:MinModuleMm ({Layout.Options.MinModuleMm}); ask for a smaller quiet zone."));
    }
}
