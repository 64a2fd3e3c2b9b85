using QualityMap.Api.Codes.Rendering;
using QualityMap.Api.Printing;
using SkiaSharp;

namespace QualityMap.Api.Codes.Labels;

/// <summary>
/// Writes labels onto A4 pages of a PDF as they are added, a new page after every <see cref="LabelSheetLayout.PerPage"/>:
/// each label the code as vector rectangles in its colour, the name under it and its detail line under that, in a
/// light frame to cut along. Disposing finishes the document.
/// </summary>
public sealed class LabelSheetWriter : IDisposable
{
    // The text keeps this far from the label's left and right edges.
    private const float TextInsetMm = 1;
    private const float DetailScale = 0.9f;
    private static readonly SKColor CutLine = new(0xC8, 0xC8, 0xC8);

    private readonly SKDocument _document;
    private readonly LabelSheetLayout _layout;
    private readonly SKTypeface _typeface;
    private SKCanvas? _page;
    private int _count;

    public LabelSheetWriter(Stream output, LabelSheetLayout layout, SKTypeface typeface, string title, DateTimeOffset created)
    {
        _layout = layout;
        _typeface = typeface;
        _document = A4.CreatePdf(output, title, created);
    }

    public void Add(CodeLabel label)
    {
        if (_count % _layout.PerPage == 0)
        {
            if (_page is not null) _document.EndPage();
            _page = BeginPage();
        }
        Draw(_page!, label, _layout.CellOrigin(_count % _layout.PerPage));
        _count++;
    }

    private SKCanvas BeginPage()
    {
        var page = _document.BeginPage(A4.Width, A4.Height);
        // Everything is drawn in millimetres from the page's top left.
        page.Scale(A4.Points(1));
        return page;
    }

    private void Draw(SKCanvas page, CodeLabel label, SKPoint cell)
    {
        var width = _layout.CellWidthMm;
        using (var frame = new SKPaint { Color = CutLine, Style = SKPaintStyle.Stroke, StrokeWidth = 0.1f, IsAntialias = true })
            page.DrawRect(cell.X, cell.Y, width, _layout.CellHeightMm, frame);

        var side = _layout.CodeSideMm;
        var across = label.Matrix.Size + 2 * label.QuietZone;
        var module = side / across;
        // LabelSheetFit refuses such an export before it starts; this guards a symbol larger than the longest URL's.
        if (module < _layout.Options.MinModuleMm)
            throw new InvalidOperationException($"A {across}-module code would print with {module:0.###} mm modules, under Codes:LabelSheet:MinModuleMm.");
        using (var modules = ModulePath.Of(label.Matrix, label.QuietZone))
        using (var dark = new SKPaint { Color = new SKColor(label.Dark.R, label.Dark.G, label.Dark.B), IsAntialias = true })
        {
            page.Save();
            page.Translate(cell.X + (width - side) / 2, cell.Y);
            page.Scale(module);
            page.DrawPath(modules, dark);
            page.Restore();
        }

        // The text sits under the bottom quiet zone, so it may use the label's whole width.
        var textWidth = width - 2 * TextInsetMm;
        var lineHeight = _layout.LineHeightMm;
        var namePt = (float)_layout.Options.NamePt;
        var smallest = LabelSheetLayout.Millimetres(LabelSheetLayout.MinNamePt);
        var name = FittedText.Fit(label.Name, _typeface, textWidth, LabelSheetLayout.Millimetres(namePt), smallest, _layout.Options.NameLines);
        var centre = cell.X + width / 2;
        var top = cell.Y + side;
        using var ink = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        for (var i = 0; i < name.Lines.Count; i++) name.DrawCentred(page, i, centre, top + i * lineHeight, lineHeight, ink);
        var detail = FittedText.Fit(label.Detail, _typeface, textWidth, LabelSheetLayout.Millimetres(namePt * DetailScale), smallest, 1);
        detail.DrawCentred(page, 0, centre, top + _layout.Options.NameLines * lineHeight, lineHeight, ink);
    }

    public void Dispose()
    {
        // A PDF without pages is not a document a reader opens: a region without monitored enterprises gets a blank page.
        _page ??= BeginPage();
        _document.EndPage();
        _document.Close();
        _document.Dispose();
    }
}
