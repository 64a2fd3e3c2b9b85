namespace QualityMap.Api.Codes;

/// <summary>The symbologies each kind of code may be drawn in, by their wire names.</summary>
public static class Symbologies
{
    /// <summary>An enterprise's quality safety code: QR or Han Xin (DB3304/T 056 §5.1.2).</summary>
    public static IReadOnlyDictionary<string, Symbology> EnterpriseCode { get; } =
        new Dictionary<string, Symbology> { ["qr"] = Symbology.Qr, ["hanxin"] = Symbology.HanXin };

    /// <summary>A batch's trace code: a GS1 Digital Link in QR or in Data Matrix, the two 2D carriers GS1 names.</summary>
    public static IReadOnlyDictionary<string, Symbology> TraceCode { get; } =
        new Dictionary<string, Symbology> { ["qr"] = Symbology.Qr, ["datamatrix"] = Symbology.DataMatrix };

    /// <summary>
    /// The least quiet zone each standard allows, in modules: 4 for QR (GB/T 18284), 3 for Han Xin (GB/T 21049),
    /// 1 for Data Matrix (ISO/IEC 16022).
    /// </summary>
    public static int MinQuietZone(Symbology symbology) => symbology switch
    {
        Symbology.Qr => 4,
        Symbology.HanXin => 3,
        _ => 1,
    };
}
