using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace QualityMap.Tests.Operations;

/// <summary>
/// The built silo running as its own process on Kestrel (an API port and a separate metrics port, as deployed)
/// and a real Prometheus (<see cref="PrometheusServer"/>) scraping it every second with the repository's alert rules.
/// Started once for <see cref="LiveStackTests"/>, on first use; then fed <see cref="FedEvents"/> until Prometheus has
/// scraped all of them.
/// </summary>
public sealed class LiveStack : IAsyncLifetime
{
    private readonly TempDirectory _directory = new();
    private readonly Lazy<Task> _started;
    private ChildProcess? _silo;

    /// <summary>Scrapes the silo's metrics port.</summary>
    public PrometheusServer Prometheus { get; private set; } = null!;

    public LiveStack() => _started = new Lazy<Task>(StartAsync);

    /// <summary>Calls the silo: anonymously until provisioned, then with the test keys.</summary>
    public HttpClient Http { get; private set; } = new() { Timeout = TimeSpan.FromSeconds(10) };

    public string ApiUrl { get; private set; } = "";

    public string MetricsUrl { get; private set; } = "";

    public const string RedCounty = FedEvents.RedCounty;

    public Task EnsureStartedAsync() => _started.Value;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (Prometheus is not null) await Prometheus.DisposeAsync();
        if (_silo is not null) await _silo.DisposeAsync();
        Http.Dispose();
        _directory.Dispose();
    }

    private async Task StartAsync()
    {
        int apiPort = LoopbackPorts.Free(), metricsPort = LoopbackPorts.Free();
        ApiUrl = $"http://127.0.0.1:{apiPort}";
        MetricsUrl = $"http://127.0.0.1:{metricsPort}";

        _silo = ChildProcess.Start(ExternalTool.Require("dotnet"),
        [
            Path.Combine(AppContext.BaseDirectory, "QualityMap.Silo.dll"),
            "--urls", $"{ApiUrl};{MetricsUrl}",
            $"--Metrics:Port={metricsPort}",
            $"--Security:AdminPassword={TestCredentials.AdminPassword}",
            $"--Storage:DataDirectory={Path.Combine(_directory.FullName, "data")}",
            // Short idle age so enterprise grains also deactivate while the test watches.
            "--Cluster:IdleDeactivationAge=00:00:02",
            "--Cluster:IdleCollectionInterval=00:00:01",
        ], _directory.FullName);
        await _silo.WaitUntilReadyAsync(Http, $"{ApiUrl}/health", TimeSpan.FromSeconds(60));
        var credentials = await TestCredentials.ProvisionOverHttpAsync(new Uri(ApiUrl));
        Http.Dispose();
        Http = credentials.ClientFor(new Uri(ApiUrl));

        Prometheus = await PrometheusServer.StartAsync(_directory, [$"127.0.0.1:{metricsPort}"]);
        await FeedAsync();
    }

    // In rounds a little apart, so Prometheus sees the counters move between scrapes and rate() has something to show.
    private async Task FeedAsync()
    {
        await EventuallyAsync("a first scrape", async () => await ScalarAsync("up{job=\"qualitymap\"}") == 1);
        var fed = new FedEvents(seed: 7000);
        await PostAsync(fed.Registrations);
        await Task.Delay(1500);
        await PostAsync(fed.Samplings);
        await Task.Delay(1500);
        await PostAsync(fed.DuplicateAndRejected);
        // rate() needs two samples inside the dashboards' window, so a few scrapes must follow the last event.
        await EventuallyAsync("Prometheus scraped every event, an idle grain leaving memory and a few samples of each", async () =>
            await ScalarAsync("sum(qualitymap_events_received_total)") == FedEvents.Count
            && await ScalarAsync("sum(qualitymap_grain_deactivations_total)") > 0
            && await ScalarAsync("min(count_over_time(qualitymap_events_received_total[15s]))") >= 4);
    }

    private async Task PostAsync(params object[] events)
    {
        using var response = await Http.PostAsJsonAsync($"{ApiUrl}/api/events", new { events });
        if ((int)response.StatusCode >= 500) throw new InvalidOperationException($"{response.StatusCode}:\n{_silo!.Output}");
    }

    public Task<double?> ScalarAsync(string promql) => Prometheus.ScalarAsync(promql);

    public static async Task EventuallyAsync(string what, Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Not within 60 s: {what}.");
            await Task.Delay(250);
        }
    }
}
