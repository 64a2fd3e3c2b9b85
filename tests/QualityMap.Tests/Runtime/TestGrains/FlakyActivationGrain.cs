using QualityMap.Grains.Runtime;

namespace QualityMap.Tests.Runtime.TestGrains;

public interface IFlakyActivationGrain : IGrainWithStringKey
{
    /// <summary>Which activation (1, 2, ...) answered.</summary>
    Task<int> PingAsync();
}

/// <summary>Its first activation waits for <see cref="FirstActivationGate"/> and then fails, as a failed state read would.</summary>
public sealed class FlakyActivationGrain(GrainProbe probe) : Grain, IFlakyActivationGrain
{
    public const string FirstActivationGate = "flaky:first-activation";
    public const string Activations = "flaky:activations";

    private int _activation;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _activation = probe.Increment(Activations);
        if (_activation == 1)
        {
            await probe.WaitAsync(FirstActivationGate);
            throw new IOException("state store unavailable");
        }
    }

    public Task<int> PingAsync() => Task.FromResult(_activation);
}
