using QualityMap.Tests.OrleansProviders;
using QualityMap.Tests.Storage;
using QualityMap.Silo.Cluster;

namespace QualityMap.Tests.OrleansRuntime;

/// <summary>
/// One silo over a fresh SQLite file, shared by a test class whose tests each use their own grain keys; it runs
/// on a manual default clock, as the project's silo does in tests.
/// </summary>
public sealed class SiloFixture : IAsyncLifetime
{
    private StorageTarget _target = null!;

    public TestSilo Silo { get; private set; } = null!;

    public ManualTimeProvider Clock { get; } = new();

    public async Task InitializeAsync()
    {
        _target = await SqliteTarget.CreateAsync();
        await using (var storage = _target.Open())
        {
            await storage.Migrator.MigrateAsync();
        }

        Silo = await TestSilo.StartAsync(OrleansDatabase.For(_target.Options), $"c{Guid.NewGuid():N}", clock: Clock);
    }

    public async Task DisposeAsync()
    {
        await Silo.DisposeAsync();
        await _target.DisposeAsync();
    }

    public static string NewKey(string prefix) => $"{prefix}-{Guid.NewGuid():N}";
}
