using System.Diagnostics;
using System.Net;
using System.Text;

namespace QualityMap.Tests.Durability;

/// <summary>
/// The real service as a child process (<c>dotnet silo/bin/Release/net10.0/QualityMap.Silo.dll</c>, built by
/// <c>dotnet build -c Release</c>) on a free loopback port. <see cref="Kill"/> is SIGKILL on Linux: no shutdown
/// code runs, exactly like a crash or <c>kill -9</c>.
/// </summary>
public sealed class SiloProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private SiloProcess(Process process, int port, int metricsPort)
    {
        _process = process;
        Port = port;
        MetricsPort = metricsPort;
        _anonymous = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
    }

    private readonly HttpClient _anonymous;

    public int Port { get; }

    /// <summary>The port of the silo's <c>/metrics</c> (the silo listens on it besides <see cref="Port"/>).</summary>
    public int MetricsPort { get; }

    /// <summary>The silo's <c>/metrics</c>, on its metrics port.</summary>
    public Uri MetricsAddress => new($"http://127.0.0.1:{MetricsPort}/metrics");

    /// <summary>Posts events as the test ingest client and reads as the test city bureau.</summary>
    public HttpClient Client { get; private set; } = null!;

    /// <summary>The keys <see cref="Client"/> uses, for clients of other kinds (SignalR).</summary>
    public TestCredentials Credentials { get; private set; } = null!;

    public Uri BaseAddress => _anonymous.BaseAddress!;

    public bool HasExited => _process.HasExited;

    /// <summary>What the service printed so far (for failure messages).</summary>
    public string Output
    {
        get
        {
            lock (_output) return _output.ToString();
        }
    }

    public static string SiloDll
    {
        get
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                if (!File.Exists(Path.Combine(directory.FullName, "Orleans.sln"))) continue;
                var dll = Path.Combine(directory.FullName, "silo", "bin", "Release", "net10.0", "QualityMap.Silo.dll");
                return File.Exists(dll) ? dll : throw new FileNotFoundException($"{dll} is missing: run dotnet build Orleans.sln -c Release first.");
            }
            throw new DirectoryNotFoundException($"No Orleans.sln above {AppContext.BaseDirectory}.");
        }
    }

    /// <summary>Starts the service with <paramref name="arguments"/> (e.g. --Storage:…) and waits until /health answers.</summary>
    public static async Task<SiloProcess> StartAsync(IEnumerable<string> arguments)
    {
        var given = arguments.ToList();
        for (var attempt = 1; ; attempt++)
        {
            var silo = Launch(given);
            try
            {
                await silo.WaitHealthyAsync();
            }
            catch (InvalidOperationException) when (attempt < 3 && silo.Output.Contains("address already in use", StringComparison.Ordinal))
            {
                // A free port is found by binding port 0 and letting it go; until the silo binds it, anything else on
                // the machine (an outgoing connection draws from the same range) may take it. Other ports, then.
                await silo.DisposeAsync();
                continue;
            }
            silo.Credentials = await TestCredentials.ProvisionOverHttpAsync(silo.BaseAddress);
            silo.Client = silo.Credentials.ClientFor(silo.BaseAddress);
            return silo;
        }
    }

    private static SiloProcess Launch(IReadOnlyList<string> arguments)
    {
        var (port, metricsPort) = (LoopbackPorts.Free(), LoopbackPorts.Free());
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(SiloDll)!,
        };
        start.ArgumentList.Add(SiloDll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        start.ArgumentList.Add($"--Metrics:Port={metricsPort}");
        start.ArgumentList.Add($"--Security:AdminPassword={TestCredentials.AdminPassword}");
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var silo = new SiloProcess(process, port, metricsPort);
        process.OutputDataReceived += (_, e) => silo.Append(e.Data);
        process.ErrorDataReceived += (_, e) => silo.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return silo;
    }

    /// <summary>SIGKILL, and wait until the process is gone.</summary>
    public void Kill()
    {
        if (_process.HasExited) return;
        _process.Kill();
        _process.WaitForExit();
    }

    public async ValueTask DisposeAsync()
    {
        Kill();
        Client?.Dispose();
        _anonymous.Dispose();
        _process.Dispose();
        await Task.CompletedTask;
    }

    private async Task WaitHealthyAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited) throw new InvalidOperationException($"The silo exited with {_process.ExitCode}:\n{Output}");
            try
            {
                using var response = await _anonymous.GetAsync("/health");
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"The silo did not become healthy:\n{Output}");
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
    }
}
