namespace QualityMap.Api.Codes;

/// <summary>The two symbologies DB3304/T 056 §5.1.2 allows.</summary>
public enum Symbology
{
    /// <summary>QR code, GB/T 18284.</summary>
    Qr,

    /// <summary>Han Xin code, GB/T 21049.</summary>
    HanXin,
}
