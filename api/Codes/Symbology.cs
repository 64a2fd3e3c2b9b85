namespace QualityMap.Api.Codes;

/// <summary>The symbologies codes are drawn in; which of them a kind of code allows is <see cref="Symbologies"/>.</summary>
public enum Symbology
{
    /// <summary>QR code, GB/T 18284 (ISO/IEC 18004).</summary>
    Qr,

    /// <summary>Han Xin code, GB/T 21049.</summary>
    HanXin,

    /// <summary>Data Matrix ECC 200, ISO/IEC 16022: the small square of GS1 trace codes on a product.</summary>
    DataMatrix,
}
