namespace QualityMap.Api.Printing;

/// <summary>The font that prints Chinese text on labels and PDFs (section "Printing").</summary>
public sealed class PrintingOptions
{
    public const string SectionName = "Printing";

    /// <summary>A font file to use instead of asking the system (fontconfig) for one; must hold CJK glyphs.</summary>
    public string? FontFile { get; set; }

    /// <summary>The family asked for first; any installed font that covers 中文 is taken when it is missing.</summary>
    public string FontFamily { get; set; } = "Noto Sans CJK SC";
}
