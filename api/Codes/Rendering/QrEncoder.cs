using QRCoder;

namespace QualityMap.Api.Codes.Rendering;

/// <summary>QR code (GB/T 18284, ISO/IEC 18004) by QRCoder; only its module matrix is used, so the quiet zone is ours.</summary>
public static class QrEncoder
{
    // QRCoder surrounds the matrix with the standard 4-module quiet zone; it is cut off and drawn as requested.
    private const int QRCoderQuietZone = 4;

    /// <summary>Level Q restores about 25 % of the symbol: a printed code on a shop door gets scratched and dirty.</summary>
    public static ModuleMatrix Encode(string payload)
    {
        using var data = QRCodeGenerator.GenerateQrCode(payload, QRCodeGenerator.ECCLevel.Q);
        var rows = data.ModuleMatrix;
        return new ModuleMatrix(rows.Count - 2 * QRCoderQuietZone,
            (x, y) => rows[y + QRCoderQuietZone][x + QRCoderQuietZone]);
    }
}
