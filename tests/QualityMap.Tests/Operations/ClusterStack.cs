using System.Net.Http.Json;
using QualityMap.Tests.Durability;
using QualityMap.Tests.Live;
using QualityMap.Tests.Storage;
using static QualityMap.Tests.EndToEnd.TestEvents;

namespace QualityMap.Tests.Operations;

/// <summary>
/// Two real silo processes clustered on the test PostgreSQL (README "Several silos"), each with its metrics port, a
/// real Prometheus scraping both, and a live-map client on each silo. Started once for <see cref="ClusterStackTests"/>,
/// then fed through both silos: <see cref="FedEvents"/>, enterprises whose evidence ages out a few
/// seconds later (reminder ticks on both silos), a code rendered and a bad one scanned; until Prometheus has scraped a
/// few samples of all of it.
/// </summary>
public sealed class ClusterStack : IAsyncLifetime
{
    public const string RedCounty = FedEvents.RedCounty;
    private const string Jiaxing = "330400";
    private const int AgeingEnterprises = 8;
    public const int EventsSent = FedEvents.Count + 2 * AgeingEnterprises;

    private readonly TempDirectory _directory = new();
    private readonly PostgresDatabase _database = new();
    private readonly List<NodeLiveClient> _liveClients = [];

    public IReadOnlyList<SiloProcess> Silos { get; private set; } = [];

    public PrometheusServer Prometheus { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        var target = await _database.NewTargetAsync();
        string[] arguments =
        [
            .. target.CommandLine, "--Cluster:Membership=database",
            // Short idle age so enterprise grains also deactivate while the tests watch.
            "--Cluster:IdleDeactivationAge=00:00:02", "--Cluster:IdleCollectionInterval=00:00:01",
        ];
        Silos = [await SiloProcess.StartAsync(arguments), await SiloProcess.StartAsync(arguments)];
        Prometheus = await PrometheusServer.StartAsync(_directory, Silos.Select(s => $"127.0.0.1:{s.MetricsPort}"));
        foreach (var silo in Silos)
        {
            var client = NodeLiveClient.Start(silo.BaseAddress, Jiaxing, silo.Credentials.CityKey);
            _liveClients.Add(client);
            await client.SendAsync("connect");
        }
        await FeedAsync();
    }

    public async Task DisposeAsync()
    {
        foreach (var client in _liveClients) await client.DisposeAsync();
        if (Prometheus is not null) await Prometheus.DisposeAsync();
        foreach (var silo in Silos) await silo.DisposeAsync();
        await _database.DisposeAsync();
        _directory.Dispose();
    }

    // In rounds a little apart and through both silos, so Prometheus sees the counters of each move between scrapes.
    private async Task FeedAsync()
    {
        var (first, second) = (Silos[0], Silos[1]);
        await LiveStack.EventuallyAsync("a first scrape of both silos", async () => await Prometheus.ScalarAsync("sum(up{job=\"qualitymap\"})") == 2);
        var fed = new FedEvents(seed: 7100);
        await PostAsync(first, fed.Registrations);
        await Task.Delay(1500);
        await PostAsync(second, fed.Samplings);
        await Task.Delay(1500);
        await PostAsync(first, fed.DuplicateAndRejected);
        await AgeOutSoonAsync(second);
        using (var png = await second.Client.GetAsync($"/api/enterprises/{fed.Usccs[5]}/code.png")) png.EnsureSuccessStatusCode();
        using (var scan = await first.Client.GetAsync("/v/not-a-code")) { }

        await LiveStack.EventuallyAsync("Prometheus scraped every event of both silos, reminder ticks, idle grains leaving and a few samples", async () =>
            await Prometheus.ScalarAsync("sum(qualitymap_events_received_total)") == EventsSent
            && await Prometheus.ScalarAsync("sum(qualitymap_reminders_fired_total)") >= AgeingEnterprises
            && await Prometheus.ScalarAsync("sum(qualitymap_grain_deactivations_total)") > 0
            && await Prometheus.ScalarAsync("count(sum by (silo) (qualitymap_signalr_connections))") == 2
            && await Prometheus.ScalarAsync("min(count_over_time(qualitymap_events_received_total[15s]))") >= 4);
    }

    // Enterprises outside 南湖区 whose failed sampling ages out (12-month window) ten seconds from now: their reminders
    // spread over both silos' parts of Orleans' ring.
    private static async Task AgeOutSoonAsync(SiloProcess silo)
    {
        var sampled = DateTimeOffset.UtcNow.AddSeconds(10).AddMonths(-12);
        var usccs = Enumerable.Range(0, AgeingEnterprises).Select(i => Uscc(8900 + i, "330424")).ToList();
        await PostAsync(silo,
        [
            .. usccs.Select(u => Registered(u, "330424101", sampled.AddDays(-30))),
            .. usccs.Select(u => Sampling(u, passed: false, sampled)),
        ]);
    }

    private static async Task PostAsync(SiloProcess silo, params object[] events)
    {
        using var response = await silo.Client.PostAsJsonAsync("/api/events", new { events });
        if ((int)response.StatusCode >= 500) throw new InvalidOperationException($"{response.StatusCode}:\n{silo.Output}");
    }
}
