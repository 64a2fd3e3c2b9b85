using System.ComponentModel;
using System.Diagnostics;

namespace QualityMap.Tests.Codes;

/// <summary>
/// Runs the independent Debian tools the code tests check against (zbarimg, zint). A missing tool fails the test with
/// how to install it — never a skip, so CI cannot pass without the proof.
/// </summary>
public static class ExternalTool
{
    public static async Task<(int ExitCode, string Output)> RunAsync(string tool, string debianPackage, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException($"'{tool}' is missing: apt-get install {debianPackage} (./test.sh installs it).", e);
        }
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
            return (process.ExitCode, (await output) + (await error));
        }
    }

    /// <summary>The text of the one QR code zbarimg finds in a PNG.</summary>
    public static async Task<string> ScanQrAsync(byte[] png)
    {
        var path = Path.Combine(Path.GetTempPath(), $"qualitymap-scan-{Guid.NewGuid():N}.png");
        await File.WriteAllBytesAsync(path, png);
        try
        {
            var (exitCode, output) = await RunAsync("zbarimg", "zbar-tools", "--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", path);
            Assert.True(exitCode == 0, $"zbarimg found no QR code (exit {exitCode}): {output}");
            // zbarimg's stderr may carry unrelated notices (e.g. about D-Bus); the decoded text is the line with the URL.
            return Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                line => line.StartsWith("http", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>The Han Xin module matrix zint makes of a payload, one string of '0'/'1' per row.</summary>
    public static async Task<string[]> HanXinModulesAsync(string payload)
    {
        var (exitCode, output) = await RunAsync("zint", "zint", "--barcode=116", "--secure=3", "--dump", "--data=" + payload);
        Assert.Equal(0, exitCode);
        var rows = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return [.. rows.Select(row => string.Concat(row.Split(' ').Select(hex => Convert.ToString(Convert.ToByte(hex, 16), 2).PadLeft(8, '0')))[..rows.Length])];
    }
}
