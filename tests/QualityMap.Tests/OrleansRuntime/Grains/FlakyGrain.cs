using Orleans;

namespace QualityMap.Tests.OrleansRuntime.Grains;

/// <summary>Its first activation fails, as a failed state read would.</summary>
public sealed class FlakyGrain : Grain, IFlakyGrain
{
    public const string Failure = "state store unavailable";

    private int _activation;

    public static string Activations(string key) => $"flaky:{key}:activations";

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _activation = Signals.Increment(Activations(this.GetPrimaryKeyString()));
        return _activation == 1 ? throw new IOException(Failure) : Task.CompletedTask;
    }

    public Task<int> PingAsync() => Task.FromResult(_activation);
}
