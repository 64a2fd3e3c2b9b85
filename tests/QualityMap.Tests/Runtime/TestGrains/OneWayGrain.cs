using QualityMap.Grains.Runtime;

namespace QualityMap.Tests.Runtime.TestGrains;

public interface IOneWayGrain : IGrainWithStringKey
{
    /// <summary>Waits for the probe gate <see cref="OneWayGrain.ReleaseGate"/>, then keeps <paramref name="value"/>.</summary>
    [OneWay]
    Task NotifyAsync(int value);

    /// <summary>Throws inside the grain.</summary>
    [OneWay]
    Task FailAsync(string message);

    /// <summary>Not allowed: a one-way call has nobody to hand a value to.</summary>
    [OneWay]
    Task<int> AskAsync();

    Task<IReadOnlyList<int>> GetReceivedAsync();
}

public sealed class OneWayGrain(GrainProbe probe) : Grain, IOneWayGrain
{
    public const string ReleaseGate = "one-way:release";

    private readonly List<int> _received = [];

    public async Task NotifyAsync(int value)
    {
        probe.Record($"notify {value} started");
        await probe.WaitAsync(ReleaseGate);
        _received.Add(value);
    }

    public async Task FailAsync(string message)
    {
        await Task.Yield();
        throw new InvalidOperationException(message);
    }

    public Task<int> AskAsync() => Task.FromResult(42);

    public Task<IReadOnlyList<int>> GetReceivedAsync() => Task.FromResult<IReadOnlyList<int>>([.. _received]);
}
