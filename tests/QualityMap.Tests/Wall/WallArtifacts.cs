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

    /// <summary>
    /// Copies a screenshot to the README's pictures as <paramref name="readmeName"/> when QUALITYMAP_WALL_SCREENSHOT
    /// names their directory (e.g. docs) or a file in it.
    /// </summary>
    public static void CopyForReadme(string path, string readmeName, ITestOutputHelper output)
    {
        if (Environment.GetEnvironmentVariable("QUALITYMAP_WALL_SCREENSHOT") is not { Length: > 0 } copy) return;
        var directory = System.IO.Directory.Exists(copy) ? copy : Path.GetDirectoryName(Path.GetFullPath(copy))!;
        var target = Path.Combine(directory, readmeName);
        File.Copy(path, target, overwrite: true);
        output.WriteLine($"copied to {target}");
    }
}
