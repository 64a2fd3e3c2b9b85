using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using QualityMap.Grains.Runtime;
using QualityMap.Silo.Runtime;
using QualityMap.Silo.Storage;

namespace QualityMap.Tests.Runtime;

/// <summary>
/// The grain runtime over real SQLite storage in a temp directory, on a manual clock, with only the test grains of
/// this assembly. <see cref="RestartAsync"/> drops the whole runtime and builds a new one over the same database
/// file (the clock and the probe carry over), which is how durability is shown.
/// </summary>
public sealed class RuntimeHarness : IAsyncDisposable
{
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(10);

    private readonly string _directory;
    private readonly Action<GrainRuntimeOptions>? _configure;
    private readonly List<IHostedService> _started = [];
    private ServiceProvider? _provider;
    private StorageBundle? _storage;
    private int _reportedActivations;

    private RuntimeHarness(Action<GrainRuntimeOptions>? configure)
    {
        _configure = configure;
        _directory = Path.Combine(Path.GetTempPath(), "qualitymap-tests", "runtime-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_directory);
        Time = new TimerWatchingClock(Clock);
    }

    public ManualTimeProvider Clock { get; } = new();

    /// <summary>The clock the runtime is given: <see cref="Clock"/>, watched.</summary>
    public TimerWatchingClock Time { get; }

    public GrainProbe Probe { get; } = new();

    public CapturingLoggerProvider Logs { get; } = new();

    public string DatabasePath => Path.Combine(_directory, "qualitymap.db");

    public IServiceProvider Services => _provider ?? throw new InvalidOperationException("The runtime is not running.");

    public StorageBundle Storage => _storage ?? throw new InvalidOperationException("The runtime is not running.");

    public IGrainFactory Grains => Services.GetRequiredService<IGrainFactory>();

    public GrainCatalog Catalog => Services.GetRequiredService<GrainCatalog>();

    public ReminderService Reminders => Services.GetRequiredService<ReminderService>();

    /// <summary>Activations in memory according to <see cref="GrainCatalog.ActivationChanged"/> (+1 in, -1 out).</summary>
    public int ReportedActivations => Volatile.Read(ref _reportedActivations);

    public static async Task<RuntimeHarness> StartAsync(Action<GrainRuntimeOptions>? configure = null)
    {
        var harness = new RuntimeHarness(configure);
        await harness.BuildAsync();
        return harness;
    }

    public GrainId IdOf<TGrain>(string key) where TGrain : IGrainWithStringKey =>
        new(Services.GetRequiredService<GrainTypeRegistry>().ForInterface(typeof(TGrain)), key);

    /// <summary>Starts the reminder loop as the host would.</summary>
    public Task StartReminderLoopAsync() => StartHostedAsync(Reminders);

    public Task StartIdleCollectionAsync() =>
        StartHostedAsync(Services.GetServices<IHostedService>().OfType<IdleCollectionService>().Single());

    /// <summary>Drops the runtime (without deactivating anything, as a crash would) and builds a new one over the same database.</summary>
    public async Task RestartAsync()
    {
        await StopAsync();
        await BuildAsync();
    }

    /// <summary>
    /// Collects idle activations until <paramref name="expected"/> were collected. Needed because a caller's await
    /// returns before the activation has finished its turn (the pump marks it idle just after), so an activation
    /// asked right after its last call may still count as busy.
    /// </summary>
    public async Task CollectIdleAsync(DateTimeOffset idleSince, int expected)
    {
        var collected = 0;
        await EventuallyAsync(() => (collected += Catalog.CollectIdle(idleSince)) >= expected, $"{expected} activation(s) were collected");
        Assert.Equal(expected, collected);
    }

    /// <summary>Polls <paramref name="condition"/> until it holds; fails after 10 s instead of hanging.</summary>
    public static async Task EventuallyAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) Assert.Fail($"Timed out waiting until {what}.");
            await Task.Delay(5);
        }
    }

    /// <summary>Gives asynchronous work a moment to (wrongly) happen before a test asserts it did not.</summary>
    public static Task SettleAsync() => Task.Delay(100);

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a pooled SQLite handle may outlive the test for a moment; the temp dir is cleaned eventually.
        }
    }

    private async Task BuildAsync()
    {
        _storage = SqliteStorage.Open(DatabasePath, Clock);
        await _storage.Migrator.MigrateAsync();

        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddProvider(Logs));
        services.AddSingleton<TimeProvider>(Time);
        services.AddSingleton(Probe);
        services.AddSingleton<IGrainStateStore>(_storage.GrainStates);
        services.AddSingleton<IReminderStore>(_storage.Reminders);
        // Only this assembly: it holds the test grains and nothing else that derives from Grain.
        services.AddGrainRuntime(new ConfigurationBuilder().Build(), typeof(RuntimeHarness).Assembly);
        if (_configure is not null) services.Configure(_configure);
        _provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        _provider.GetRequiredService<GrainCatalog>().ActivationChanged +=
            (_, active) => Interlocked.Add(ref _reportedActivations, active ? 1 : -1);
    }

    private async Task StartHostedAsync(IHostedService service)
    {
        await service.StartAsync(CancellationToken.None);
        _started.Add(service);
    }

    private async Task StopAsync()
    {
        foreach (var service in _started) await service.StopAsync(CancellationToken.None).WaitAsync(StopTimeout);
        _started.Clear();
        if (_provider is not null) await _provider.DisposeAsync();
        if (_storage is not null) await _storage.DisposeAsync();
        _provider = null;
        _storage = null;
        Volatile.Write(ref _reportedActivations, 0);
    }
}
