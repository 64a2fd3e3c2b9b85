using System.Diagnostics;
using System.Text;

namespace QualityMap.Tests.Operations;

/// <summary>The Debian tools the operations tests drive (installed by test.sh): found on PATH and run to completion.</summary>
public static class ExternalTool
{
    public static string? Find(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, name))
            .FirstOrDefault(File.Exists);

    /// <summary>The tool's path; a missing tool fails the test with what to install.</summary>
    public static string Require(string name) =>
        Find(name) ?? throw new InvalidOperationException($"{name} is not installed; ./test.sh installs it (Debian packages prometheus, docker-compose).");

    public static async Task<ToolResult> RunAsync(string tool, IEnumerable<string> arguments, string workingDirectory, string? standardInput = null)
    {
        var start = new ProcessStartInfo(Require(tool))
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = standardInput is not null,
            StandardOutputEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (standardInput is not null)
        {
            await process.StandardInput.WriteAsync(standardInput);
            process.StandardInput.Close();
        }
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{tool} {string.Join(' ', start.ArgumentList)} did not finish within 2 minutes.");
        }
        return new ToolResult(process.ExitCode, await output, await error);
    }
}
