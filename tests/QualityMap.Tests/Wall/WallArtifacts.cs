using Microsoft.Playwright;
using Xunit.Abstractions;

namespace QualityMap.Tests.Wall;

/// <summary>Screenshots of the wall tests, kept beside the test binaries (bin/…/artifacts/wall) for people to look at.</summary>
public static class WallArtifacts
{
    public static string Directory { get; } =
        System.IO.Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "artifacts", "wall")).FullName;

    public static async Task<string> ScreenshotAsync(IPage page, string name, ITestOutputHelper output)
    {
        var path = Path.Combine(Directory, $"{name}.png");
        await page.ScreenshotAsync(new() { Path = path });
        output.WriteLine($"screenshot: {path}");
        Console.WriteLine($"wall screenshot: {path}");
        return path;
    }
}
