using System.Diagnostics;
using Xunit.Abstractions;

namespace QualityMap.Tests.Wall;

/// <summary>Runs the wall's own JavaScript unit tests (dashboard/wall/test, Node's built-in test runner).</summary>
public sealed class WallScriptTests(ITestOutputHelper output)
{
    [Fact]
    public async Task TheModelAppliesSnapshotsAndDeltasResumesAndDetectsGaps()
    {
        var wall = FindWallDirectory();
        var start = new ProcessStartInfo("node", ["--test", "test/"]) { WorkingDirectory = wall, RedirectStandardOutput = true, RedirectStandardError = true };
        using var node = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        var stdout = node.StandardOutput.ReadToEndAsync();
        var stderr = node.StandardError.ReadToEndAsync();
        await node.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));
        output.WriteLine(await stdout);
        output.WriteLine(await stderr);
        Assert.True(node.ExitCode == 0, $"node --test failed:\n{await stdout}\n{await stderr}");
        Assert.Contains("# fail 0", await stdout);
    }

    private static string FindWallDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "dashboard", "wall");
            if (File.Exists(Path.Combine(candidate, "package.json"))) return candidate;
        }

        throw new DirectoryNotFoundException($"No dashboard/wall above {AppContext.BaseDirectory}.");
    }
}
