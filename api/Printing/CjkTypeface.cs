using Microsoft.Extensions.Options;
using SkiaSharp;

namespace QualityMap.Api.Printing;

/// <summary>
/// The one typeface that prints zh-CN text, found on the system once and kept. The service starts without one (the
/// map and the codes do not need it); whatever prints a name asks <see cref="Get"/> and turns its
/// <see cref="FontUnavailableException"/> into a 503.
/// </summary>
public sealed class CjkTypeface(IOptions<PrintingOptions> options) : IDisposable
{
    // Characters every bureau text has: a typeface lacking them would print boxes.
    private const string Probe = "中国市场监督管理局";

    private readonly Lazy<SKTypeface?> _typeface = new(() => Find(options.Value), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <exception cref="FontUnavailableException">No installed font covers Chinese.</exception>
    public SKTypeface Get() => _typeface.Value ?? throw new FontUnavailableException(options.Value.FontFile is { } file
        ? $"Printing:FontFile '{file}' cannot be read or has no Chinese glyphs."
        : "No font with Chinese glyphs is installed (Debian: apt-get install fonts-noto-cjk), or set Printing:FontFile.");

    private static SKTypeface? Find(PrintingOptions options)
    {
        try
        {
            return FindInstalled(options);
        }
        catch (Exception e) when (e is DllNotFoundException or TypeInitializationException)
        {
            // libSkiaSharp reads the system's fonts through fontconfig: without libfontconfig1 it does not load.
            throw new FontUnavailableException($"Skia cannot load ({e.GetBaseException().Message}); install libfontconfig1 and fonts-noto-cjk.");
        }
    }

    private static SKTypeface? FindInstalled(PrintingOptions options)
    {
        if (options.FontFile is { } file)
            return Covering(SKTypeface.FromFile(file));
        return Covering(SKFontManager.Default.MatchFamily(options.FontFamily))
            ?? Covering(SKFontManager.Default.MatchCharacter(null, SKFontStyle.Normal, ["zh-CN"], Probe[0]));
    }

    private static SKTypeface? Covering(SKTypeface? typeface)
    {
        if (typeface is null) return null;
        using (var font = new SKFont(typeface))
            if (font.ContainsGlyphs(Probe)) return typeface;
        typeface.Dispose();
        return null;
    }

    public void Dispose()
    {
        if (_typeface.IsValueCreated) _typeface.Value?.Dispose();
    }
}
