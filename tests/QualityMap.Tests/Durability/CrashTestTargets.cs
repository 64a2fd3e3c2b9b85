using QualityMap.Tests.Storage;

namespace QualityMap.Tests.Durability;

/// <summary>
/// A crash test's databases: each dialect's subclass says how to make one (<see cref="CreateTargetAsync"/>); every
/// target made — the crashed one and the one a rebuild goes into — is disposed after the test.
/// </summary>
public abstract class CrashTestTargets : IAsyncLifetime
{
    private readonly List<StorageTarget> _targets = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var target in _targets) await target.DisposeAsync();
    }

    protected abstract Task<StorageTarget> CreateTargetAsync();

    protected async Task<StorageTarget> NewTargetAsync()
    {
        var target = await CreateTargetAsync();
        _targets.Add(target);
        return target;
    }
}
