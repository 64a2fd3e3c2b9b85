using QualityMap.Api.Printing;
using SkiaSharp;

namespace QualityMap.Api.Codes.Labels;

/// <summary>
/// Where the labels of a sheet sit on an A4 page, in millimetres from the page's top left: a grid of equal cells, each
/// holding the code (a square, quiet zone included) centred at its top and the text lines under it.
/// </summary>
public sealed record LabelSheetLayout(LabelSheetOptions Options)
{
    public const float MinNamePt = 6;

    // Line pitch of the text as a multiple of its type size; CJK faces need the extra room below.
    private const float LineSpacing = 1.3f;

    public int PerPage => Options.Columns * Options.Rows;

    public float CellWidthMm => (float)((A4.WidthMm - 2 * Options.PageMarginMm - (Options.Columns - 1) * Options.GapMm) / Options.Columns);

    public float CellHeightMm => (float)((A4.HeightMm - 2 * Options.PageMarginMm - (Options.Rows - 1) * Options.GapMm) / Options.Rows);

    /// <summary>Line pitch of the text at its full type size.</summary>
    public float LineHeightMm => Millimetres((float)Options.NamePt) * LineSpacing;

    /// <summary>The name's lines and one line for the enterprise's unified social credit code.</summary>
    public float TextHeightMm => (Options.NameLines + 1) * LineHeightMm;

    /// <summary>Side of the code's square, quiet zone included: as wide as the cell, as tall as the text leaves.</summary>
    public float CodeSideMm => Math.Min(CellWidthMm, CellHeightMm - TextHeightMm);

    /// <summary>Top left corner of the cell of the <paramref name="index"/>th label on its page, row by row.</summary>
    public SKPoint CellOrigin(int index) => new(
        (float)(Options.PageMarginMm + index % Options.Columns * (CellWidthMm + Options.GapMm)),
        (float)(Options.PageMarginMm + index / Options.Columns * (CellHeightMm + Options.GapMm)));

    /// <summary>A type size in points as millimetres, the unit of the sheet's canvas.</summary>
    public static float Millimetres(float points) => points * 25.4f / 72;

    /// <summary>Why the grid cannot be printed, by configuration key; <paramref name="modulesAcross"/> is the largest code's side in modules.</summary>
    public IEnumerable<string> Problems(int modulesAcross)
    {
        const string prefix = "Codes:LabelSheet:";
        if (Options.Columns < 1) yield return $"{prefix}Columns must be at least 1.";
        if (Options.Rows < 1) yield return $"{prefix}Rows must be at least 1.";
        if (Options.NameLines < 1) yield return $"{prefix}NameLines must be at least 1.";
        if (Options.PageMarginMm < 0) yield return $"{prefix}PageMarginMm must not be negative.";
        if (Options.GapMm < 0) yield return $"{prefix}GapMm must not be negative.";
        if (Options.NamePt < MinNamePt) yield return $"{prefix}NamePt must be at least {MinNamePt}.";
        if (Options.MinModuleMm <= 0) yield return $"{prefix}MinModuleMm must be positive.";
        if (Options.Columns < 1 || Options.Rows < 1) yield break;
        var module = CodeSideMm / modulesAcross;
        if (module < Options.MinModuleMm)
        {
            var grid = FormattableString.Invariant(
                $"{Options.Columns} × {Options.Rows} labels of {CellWidthMm:0.#} × {CellHeightMm:0.#} mm leave a {Math.Max(0, CodeSideMm):0.#} mm code");
            yield return FormattableString.Invariant(
                $"Codes:LabelSheet: {grid}, {Math.Max(0, module):0.###} mm a module for {modulesAcross} modules, under MinModuleMm ({Options.MinModuleMm}): ")
                + "fewer columns or rows, or smaller margins, gaps or type.";
        }
    }
}
