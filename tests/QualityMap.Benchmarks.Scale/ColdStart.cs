using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace QualityMap.Benchmarks.Scale;

/// <summary>
/// Starts the real silo (<c>dotnet silo/bin/Release/net10.0/QualityMap.Silo.dll</c>) as a child process over the
/// seeded data directory and times it from process start until <c>/health</c> answers and the map holds the national
/// counts: the sum over every county of <c>qualitymap_enterprises</c> on <c>/metrics</c>, which is fed by the
/// regions' own published summaries, equals the seeded fleet. (No account can read the map above a city over the
/// API, and the tree has no single national region, so the counties' sum is the national figure.)
/// Then it waits for the county supervision desks, which load in the background once the map is served, and times
/// them by the loader's last start-up phase in the log.
/// </summary>
public static class ColdStart
{
    public sealed record Result(TimeSpan Healthy, TimeSpan MapReady, TimeSpan DesksReady, long ResidentBytes, string Log);

    private const string DesksSeededPhase = "Start-up phase seed-county-desks";

    public static async Task<Result> MeasureAsync(ScaleOptions options, int expectedEnterprises)
    {
        var (port, metricsPort) = (FreePort(), FreePort());
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(options.SiloDll)!,
        };
        start.ArgumentList.Add(options.SiloDll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        start.ArgumentList.Add($"--Metrics:Port={metricsPort}");
        foreach (var (key, value) in SiloSettings.For(options)) start.ArgumentList.Add($"--{key}={value}");
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        var log = new System.Text.StringBuilder();
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(10) };

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var desksReady = new TaskCompletionSource<TimeSpan>(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data?.Contains(DesksSeededPhase, StringComparison.Ordinal) == true) desksReady.TrySetResult(clock.Elapsed);
            lock (log) log.AppendLine(e.Data);
        };
        process.ErrorDataReceived += (_, e) => { lock (log) log.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            TimeSpan? healthy = null;
            while (clock.Elapsed < TimeSpan.FromMinutes(5))
            {
                if (process.HasExited) throw new InvalidOperationException($"The silo exited with {process.ExitCode}:\n{log}");
                try
                {
                    if (healthy is null)
                    {
                        using var health = await http.GetAsync("/health");
                        if (health.StatusCode == HttpStatusCode.OK) healthy = clock.Elapsed;
                    }
                    if (healthy is not null && NationalEnterprises(await http.GetStringAsync($"http://127.0.0.1:{metricsPort}/metrics")) == expectedEnterprises)
                    {
                        var mapReady = clock.Elapsed;
                        var resident = ResidentBytes(process.Id);
                        var desks = await desksReady.Task.WaitAsync(TimeSpan.FromMinutes(5));
                        return new Result(healthy.Value, mapReady, desks, resident, log.ToString());
                    }
                }
                catch (HttpRequestException)
                {
                }
                await Task.Delay(20);
            }
            throw new TimeoutException($"The silo did not show {expectedEnterprises} enterprises within 5 minutes:\n{log}");
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    /// <summary>Sum of <c>qualitymap_enterprises{…}</c> (every county, both classes) in a Prometheus text scrape.</summary>
    public static long NationalEnterprises(string scrape) => scrape.Split('\n')
        .Where(line => line.StartsWith("qualitymap_enterprises{", StringComparison.Ordinal))
        .Sum(line => (long)double.Parse(line[(line.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture));

    /// <summary>VmRSS of a process, from <c>/proc/{pid}/status</c> (Linux).</summary>
    public static long ResidentBytes(int pid)
    {
        var line = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
