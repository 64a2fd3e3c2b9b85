using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using QualityMap.Api.Security;
using QualityMap.Grains.Identity;
using QualityMap.Grains.Regions;
using QualityMap.Silo.Ingestion;
using QualityMap.Silo.Rebuild;
using QualityMap.Silo.Startup;
using QualityMap.Silo.Storage;

namespace QualityMap.Tests.EndToEnd;

/// <summary>
/// The whole silo in process, over a real SQLite file in <see cref="DataDirectory"/> and a manual clock.
/// A second host over the same directory is a restart.
/// </summary>
public sealed class SiloHost : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;

    /// <param name="kestrelPort">
    /// Serve on a real loopback socket (0: any free port) so that processes outside the test (Node, a browser)
    /// can connect; null keeps the in-memory test server.
    /// </param>
    /// <param name="services">Replaces services after the silo registered its own (a fault injected into a store).</param>
    /// <param name="waitForDesks">Whether the constructor waits until the county desks are loaded (they load in the background).</param>
    public SiloHost(string dataDirectory, ManualTimeProvider clock, Dictionary<string, string?>? settings = null, int? kestrelPort = null,
        Action<IServiceCollection>? services = null, bool waitForDesks = true)
    {
        _services = services;
        DataDirectory = dataDirectory;
        Clock = clock;
        _settings = settings ?? [];
        if (kestrelPort is { } port) UseKestrel(port);
        Anonymous = CreateClient();
        Credentials = TestCredentials.ProvisionAsync(Services).GetAwaiter().GetResult();
        Client = kestrelPort is null ? CreateDefaultClient(Anonymous.BaseAddress!, Credentials.Handler()) : Credentials.ClientFor(Anonymous.BaseAddress!);
        // The county desks load in the background once the silo serves; tests read task lists right after a restart.
        if (waitForDesks) Service<CountyDeskLoader>().Loaded.WaitAsync(TimeSpan.FromSeconds(60)).GetAwaiter().GetResult();
    }

    /// <summary>A client without credentials, as the public has.</summary>
    public HttpClient Anonymous { get; }

    /// <summary>The keys <see cref="Client"/> uses: the city bureau's for reads, the ingest client's for events.</summary>
    public TestCredentials Credentials { get; }

    /// <summary>The base address clients use: a real loopback URL when the host serves over Kestrel.</summary>
    public Uri BaseAddress => Anonymous.BaseAddress!;

    public string DataDirectory { get; }

    public ManualTimeProvider Clock { get; }

    public HttpClient Client { get; }

    /// <summary>Longer than any jump of a test's clock.</summary>
    public const string TestReminderWindow = "3650.00:00:00";

    public T Service<T>() where T : notnull => Services.GetRequiredService<T>();

    /// <summary>A new account of <paramref name="role"/> for <paramref name="region"/> (people get a password too) and its API key.</summary>
    public async Task<string> KeyForAsync(string id, Role role, string region)
    {
        var accounts = Service<AccountService>();
        var person = role is Role.CityBureau or Role.CountyBureau;
        await accounts.CreateAccountAsync(id, id, role, region, isAdmin: false, person ? "a-long-password" : null, "test");
        return (await accounts.CreateApiKeyAsync(id, "test", "test"))!.Value.Key;
    }

    /// <summary>A client that calls with one API key on every request.</summary>
    public HttpClient ClientWithKey(string key)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    public Task<HttpResponseMessage> PostEventsAsync(params object[] events) =>
        Client.PostAsJsonAsync("/api/events", new { events });

    public async Task<JsonObject> GetJsonAsync(string path)
    {
        var response = await Client.GetAsync(path);
        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    public async Task<JsonArray> GetJsonArrayAsync(string path)
    {
        var response = await Client.GetAsync(path);
        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray();
    }

    public async Task<string> MapAsync(string code) => (await GetJsonAsync($"/api/regions/{code}/map")).ToJsonString();

    public Task<long> JournalLengthAsync() => Service<IJournal>().LastSeqAsync();

    /// <summary>Waits until every journaled event is applied and every notification it caused has arrived.</summary>
    public async Task SettleAsync()
    {
        try
        {
            await MapSettling.SettleAsync(Services).WaitAsync(SettleTimeout);
        }
        catch (TimeoutException)
        {
            // Says which half hung: the dispatcher (an event not applied) or the map (a notification not arrived).
            var applied = await Service<IGrainFactory>().GetGrain<IJournalDispatchGrain>(IJournalDispatchGrain.Key).GetProgressAsync();
            throw new TimeoutException($"The map did not settle in {SettleTimeout.TotalSeconds:F0} s; the journal is applied through seq "
                + $"{applied.AppliedThrough} of {await JournalLengthAsync()}.");
        }
    }

    private static readonly TimeSpan SettleTimeout = TimeSpan.FromSeconds(30);

    public Task SettleRegionsAsync() => MapSettling.SettleRegionsAsync(Services);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Storage:DataDirectory", DataDirectory);
        // Tests move the manual clock in jumps of months: every reminder is held in memory, so it fires when the clock
        // passes its due time, however far, as in real time (a reminder read from the table past due would wait for the
        // next minute of a clock that only moves when told).
        builder.UseSetting("Cluster:ReminderLoadingWindow", TestReminderWindow);
        // The in-process server has no ports: /metrics answers on it (MetricsOptions.Port).
        builder.UseSetting("Metrics:Port", "0");
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddKeyedSingleton<TimeProvider>(Orleans.Reminders.ReminderTimeProviderNames.Reminders, Clock.Reminders);
            _services?.Invoke(services);
        });
    }

    /// <summary>Polls until <paramref name="condition"/> holds; fails after 30 s instead of hanging.</summary>
    public static async Task EventuallyAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("The condition did not become true in time.");
            await Task.Delay(20);
        }
    }
}
