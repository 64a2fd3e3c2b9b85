namespace QualityMap.Tests.Codes;

/// <summary>Debian's poppler-utils on a PDF the service wrote: its pages as images, its text, its embedded images.</summary>
public static class Poppler
{
    private const string Package = "poppler-utils";

    /// <summary>Every page as a PNG at <paramref name="dpi"/>, in page order, written into <paramref name="directory"/>.</summary>
    public static async Task<IReadOnlyList<string>> RenderPagesAsync(string pdf, int dpi, string directory, int? onlyPage = null)
    {
        var prefix = Path.Combine(directory, Path.GetFileNameWithoutExtension(pdf) + "-page");
        string[] pages = onlyPage is { } page ? ["-f", $"{page}", "-l", $"{page}"] : [];
        var (exitCode, output) = await ExternalTool.RunAsync("pdftoppm", Package, [.. pages, "-r", $"{dpi}", "-png", pdf, prefix]);
        Assert.True(exitCode == 0, $"pdftoppm failed (exit {exitCode}): {output}");
        // pdftoppm pads the page number to the width of the last one: -1, -2 … or -01, -02 ….
        return [.. Directory.GetFiles(directory, Path.GetFileName(prefix) + "-*.png")
            .OrderBy(path => int.Parse(path[(path.LastIndexOf('-') + 1)..^4], System.Globalization.CultureInfo.InvariantCulture))];
    }

    /// <summary>One rectangle of one page, in millimetres from its top left, as a PNG at <paramref name="dpi"/>.</summary>
    public static async Task<string> RenderAreaAsync(string pdf, int page, PageArea area, int dpi, string path)
    {
        var (x, y, w, h) = area.Pixels(dpi);
        var (exitCode, output) = await ExternalTool.RunAsync("pdftoppm", Package,
            "-f", $"{page}", "-l", $"{page}", "-r", $"{dpi}", "-x", $"{x}", "-y", $"{y}", "-W", $"{w}", "-H", $"{h}", "-png", "-singlefile", pdf, path[..^4]);
        Assert.True(exitCode == 0, $"pdftoppm failed (exit {exitCode}): {output}");
        return path;
    }

    public static async Task<string> TextAsync(string pdf)
    {
        var (exitCode, output) = await ExternalTool.RunAsync("pdftotext", Package, "-enc", "UTF-8", pdf, "-");
        Assert.True(exitCode == 0, $"pdftotext failed (exit {exitCode}): {output}");
        return output;
    }

    /// <summary>The text within one rectangle of one page, in millimetres from its top left.</summary>
    public static async Task<string> TextAsync(string pdf, int page, PageArea area)
    {
        // pdftotext crops in pixels at -r; at 72 dpi a pixel is a PDF point.
        var (x, y, w, h) = area.Pixels(72);
        var (exitCode, output) = await ExternalTool.RunAsync("pdftotext", Package, "-enc", "UTF-8",
            "-f", $"{page}", "-l", $"{page}", "-r", "72", "-x", $"{x}", "-y", $"{y}", "-W", $"{w}", "-H", $"{h}", pdf, "-");
        Assert.True(exitCode == 0, $"pdftotext failed (exit {exitCode}): {output}");
        return output;
    }

    /// <summary>The raster images the PDF embeds (pdfimages -list), one line each; vector drawings embed none.</summary>
    public static async Task<IReadOnlyList<string>> ImagesAsync(string pdf)
    {
        var (exitCode, output) = await ExternalTool.RunAsync("pdfimages", Package, "-list", pdf);
        Assert.True(exitCode == 0, $"pdfimages failed (exit {exitCode}): {output}");
        // Two header lines (column names and a rule) come before the images.
        return [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2)];
    }

    /// <summary>The page count pdfinfo reads.</summary>
    public static async Task<int> PageCountAsync(string pdf)
    {
        var (exitCode, output) = await ExternalTool.RunAsync("pdfinfo", Package, pdf);
        Assert.True(exitCode == 0, $"pdfinfo failed (exit {exitCode}): {output}");
        var line = output.Split('\n').Single(l => l.StartsWith("Pages:", StringComparison.Ordinal));
        return int.Parse(line["Pages:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
