using System.Globalization;

namespace QualityMap.Api.Codes;

/// <summary>Reads the query parameters of a code request, answering the first one that is out of bounds.</summary>
public static class CodeRequestParser
{
    public const int DefaultModuleSize = 8;
    public const int MaxModuleSize = 40;
    public const int MaxQuietZone = 20;

    /// <summary>The least quiet zone each standard allows: 4 modules for QR (GB/T 18284), 3 for Han Xin (GB/T 21049).</summary>
    public static int MinQuietZone(Symbology symbology) => symbology == Symbology.Qr ? 4 : 3;

    public static (CodeRequest? Request, CodeRequestError? Error) Parse(
        CodeFormat format, string? symbology, string? size, string? quietZone, string? label)
    {
        Symbology parsedSymbology;
        switch (symbology)
        {
            case null or "qr": parsedSymbology = Symbology.Qr; break;
            case "hanxin": parsedSymbology = Symbology.HanXin; break;
            default: return Fail("symbology", "one-of:qr,hanxin", $"'{symbology}' is not a symbology; use qr or hanxin.");
        }
        if (!TryInteger(size, DefaultModuleSize, 1, MaxModuleSize, out var moduleSize))
            return Fail("size", $"integer-1-{MaxModuleSize}", $"size is pixels per module, a whole number from 1 to {MaxModuleSize}.");
        var minQuiet = MinQuietZone(parsedSymbology);
        if (!TryInteger(quietZone, minQuiet, minQuiet, MaxQuietZone, out var quiet))
            return Fail("quietZone", $"integer-{minQuiet}-{MaxQuietZone}",
                $"quietZone is in modules, a whole number from {minQuiet} (the least the standard allows) to {MaxQuietZone}.");
        bool withLabel;
        switch (label)
        {
            case null or "false": withLabel = false; break;
            case "true": withLabel = true; break;
            default: return Fail("label", "boolean", $"label is true or false, not '{label}'.");
        }
        if (withLabel && format == CodeFormat.Png)
            return Fail("label", "svg-only", "The enterprise name can be printed below the code in SVG only; request the .svg.");
        return (new CodeRequest(format, parsedSymbology, moduleSize, quiet, withLabel), null);
    }

    private static bool TryInteger(string? text, int fallback, int min, int max, out int value)
    {
        if (text is null)
        {
            value = fallback;
            return true;
        }
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= min && value <= max;
    }

    private static (CodeRequest?, CodeRequestError?) Fail(string field, string rule, string detail) => (null, new CodeRequestError(field, rule, detail));
}
