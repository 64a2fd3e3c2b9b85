namespace QualityMap.Api.Codes.Labels;

/// <summary>
/// Configuration section <c>Codes:LabelSheet</c>: the grid of labels on each A4 page of a PDF export. The regulation
/// fixes no label size; the defaults make twelve labels with a 50 mm code a page, cut apart along the gaps.
/// </summary>
public sealed class LabelSheetOptions
{
    /// <summary>Labels across a page.</summary>
    public int Columns { get; set; } = 3;

    /// <summary>Labels down a page; a new page starts every Columns × Rows labels.</summary>
    public int Rows { get; set; } = 4;

    /// <summary>White border of the page, in millimetres; most office printers cannot print the outer 5 mm.</summary>
    public double PageMarginMm { get; set; } = 10;

    /// <summary>Space between neighbouring labels, in millimetres, where the sheet is cut.</summary>
    public double GapMm { get; set; } = 4;

    /// <summary>Type size of the enterprise name, in points; a name too long for its lines is set smaller, down to 6 pt.</summary>
    public double NamePt { get; set; } = 9;

    /// <summary>Lines the name may wrap onto under the code.</summary>
    public int NameLines { get; set; } = 2;

    /// <summary>
    /// The smallest module a label's code may have, in millimetres: a phone camera reads 0.5 mm modules from a hand's
    /// length; the grid is refused at start if the longest verification URL would print smaller.
    /// </summary>
    public double MinModuleMm { get; set; } = 0.5;
}
