using QualityMap.Grains.Runtime;

namespace QualityMap.Tests.Runtime.TestGrains;

public interface IPinnedGrain : IGrainWithStringKey
{
    /// <summary>Returns which activation (1, 2, ...) of this grain answered.</summary>
    Task<int> PingAsync();
}

[KeepAlive]
public sealed class PinnedGrain(GrainProbe probe) : Grain, IPinnedGrain
{
    private int _activation;

    public static string Deactivations(string key) => $"pinned:{key}:deactivations";

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _activation = probe.Increment($"pinned:{GetPrimaryKeyString()}:activations");
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(CancellationToken cancellationToken)
    {
        probe.Increment(Deactivations(GetPrimaryKeyString()));
        return Task.CompletedTask;
    }

    public Task<int> PingAsync() => Task.FromResult(_activation);
}
