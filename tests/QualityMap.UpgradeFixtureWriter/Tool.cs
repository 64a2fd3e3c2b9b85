using System.Diagnostics;

namespace QualityMap.UpgradeFixtureWriter;

/// <summary>Runs a command-line tool (sqlite3, pg_dump, zbarimg) and fails loudly, naming the Debian package, when it cannot.</summary>
public static class Tool
{
    public static async Task<string> RunAsync(string tool, string debianPackage, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"'{tool}' is missing: apt-get install {debianPackage}.", e);
        }
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            if (process.ExitCode != 0) throw new InvalidOperationException($"{tool} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await error}");
            return await output;
        }
    }
}
