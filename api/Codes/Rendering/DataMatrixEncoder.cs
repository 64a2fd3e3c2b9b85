using ZXing;
using ZXing.Datamatrix;
using ZXing.Datamatrix.Encoder;

namespace QualityMap.Api.Codes.Rendering;

/// <summary>
/// Data Matrix ECC 200 (ISO/IEC 16022) by ZXing.Net, square; only its module matrix is used, like QR's. A GS1
/// Digital Link URI goes in as plain data, not as FNC1 element strings: the GS1 Digital Link standard allows a
/// Digital Link URI in a Data Matrix as in a QR code, and it is the form a phone camera opens.
/// </summary>
public static class DataMatrixEncoder
{
    public static ModuleMatrix Encode(string payload)
    {
        var options = new DatamatrixEncodingOptions { SymbolShape = SymbolShapeHint.FORCE_SQUARE, Margin = 0 };
        // Width and height 0: one pixel per module, so the matrix is the symbol itself.
        var bits = new DataMatrixWriter().encode(payload, BarcodeFormat.DATA_MATRIX, 0, 0, options.Hints);
        return new ModuleMatrix(bits.Width, (x, y) => bits[x, y]);
    }
}
