using System.Globalization;

namespace QualityMap.Api.Codes;

/// <summary>Reads the query parameters of a code request, answering the first one that is out of bounds.</summary>
public static class CodeRequestParser
{
    public const int DefaultModuleSize = 8;
    public const int MaxModuleSize = 40;
    public const int MaxQuietZone = 20;

    /// <summary>The least pixels per module of a PNG that carries the name: below it the name's type is under 10 px.</summary>
    public const int MinLabelledPngModuleSize = 4;

    /// <summary>An enterprise code's request (<see cref="Symbologies.EnterpriseCode"/>).</summary>
    public static (CodeRequest? Request, CodeRequestError? Error) Parse(
        CodeFormat format, string? symbology, string? size, string? quietZone, string? label) =>
        Parse(Symbologies.EnterpriseCode, format, symbology, size, quietZone, label);

    /// <summary>A request for a code of the kind that allows <paramref name="allowed"/>; the first of them is the default.</summary>
    public static (CodeRequest? Request, CodeRequestError? Error) Parse(
        IReadOnlyDictionary<string, Symbology> allowed, CodeFormat format, string? symbology, string? size, string? quietZone, string? label)
    {
        var names = string.Join(",", allowed.Keys);
        Symbology parsedSymbology;
        if (symbology is null) parsedSymbology = allowed.First().Value;
        else if (!allowed.TryGetValue(symbology, out parsedSymbology))
            return Fail("symbology", $"one-of:{names}", $"'{symbology}' is not a symbology; use {string.Join(" or ", allowed.Keys)}.");
        if (!TryInteger(size, DefaultModuleSize, 1, MaxModuleSize, out var moduleSize))
            return Fail("size", $"integer-1-{MaxModuleSize}", $"size is pixels per module, a whole number from 1 to {MaxModuleSize}.");
        var minQuiet = Symbologies.MinQuietZone(parsedSymbology);
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
        if (withLabel && format == CodeFormat.Png && moduleSize < MinLabelledPngModuleSize)
        {
            return Fail("size", $"integer-{MinLabelledPngModuleSize}-{MaxModuleSize}-with-label",
                $"A PNG with the name under the code needs at least {MinLabelledPngModuleSize} pixels per module, or the name is too small to read.");
        }
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
