using QualityMap.Silo.Storage;

namespace QualityMap.Tests.Storage;

/// <summary>The dispatch checkpoint store; run against every dialect (reminders are Orleans', tests in OrleansRuntime).</summary>
public abstract class CheckpointStoreTests : IAsyncLifetime
{
    private StorageTarget _target = null!;
    private StorageBundle _storage = null!;

    public async Task InitializeAsync()
    {
        _target = await CreateTargetAsync();
        _storage = _target.Open();
    }

    public async Task DisposeAsync()
    {
        await _storage.DisposeAsync();
        await _target.DisposeAsync();
    }

    protected abstract Task<StorageTarget> CreateTargetAsync();

    [Fact]
    public async Task CheckpointIsZeroUntilWrittenThenReadsBack()
    {
        Assert.Equal(0, await _storage.Checkpoints.ReadAsync("dispatcher"));

        await _storage.Checkpoints.WriteAsync("dispatcher", 41);
        await _storage.Checkpoints.WriteAsync("dispatcher", 42);
        await _storage.Checkpoints.WriteAsync("other", 7);

        Assert.Equal(42, await _storage.Checkpoints.ReadAsync("dispatcher"));
        Assert.Equal(7, await _storage.Checkpoints.ReadAsync("other"));
    }
}
