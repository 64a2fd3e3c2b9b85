namespace QualityMap.Api.Codes.Rendering;

/// <summary>How a symbol is drawn: pixels per module, quiet zone in modules, dark colour, and an optional caption below.</summary>
public sealed record CodeStyle(int ModuleSize, int QuietZone, Rgb Dark, string? Label = null)
{
    /// <summary>Modules per side including the quiet zone.</summary>
    public int ModulesAcross(ModuleMatrix matrix) => matrix.Size + 2 * QuietZone;

    /// <summary>The caption as printed (<see cref="Printable"/>).</summary>
    public string? PrintedLabel => Printable(Label);

    /// <summary>
    /// A name as printed: without control characters (not allowed in XML, and nothing to draw); a name that is only
    /// whitespace is none.
    /// </summary>
    public static string? Printable(string? text)
    {
        var cleaned = text is null ? null : new string([.. text.Where(c => !char.IsControl(c))]).Trim();
        return string.IsNullOrEmpty(cleaned) ? null : cleaned;
    }
}
