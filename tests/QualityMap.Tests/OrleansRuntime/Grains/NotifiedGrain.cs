using Orleans;

namespace QualityMap.Tests.OrleansRuntime.Grains;

public sealed class NotifiedGrain : Grain, INotifiedGrain
{
    private readonly List<int> _received = [];

    public static string Started(string key, int value) => $"notified:{key}:{value}:started";

    public static string Finished(string key, int value) => $"notified:{key}:{value}:finished";

    public async Task NotifyAsync(int value, string? gate)
    {
        Signals.Increment(Started(this.GetPrimaryKeyString(), value));
        if (gate is not null)
        {
            await Signals.WaitAsync(gate);
        }

        _received.Add(value);
        Signals.Increment(Finished(this.GetPrimaryKeyString(), value));
    }

    public Task<IReadOnlyList<int>> GetReceivedAsync() => Task.FromResult<IReadOnlyList<int>>([.. _received]);

    public Task AskChildAsync(string child) =>
        GrainFactory.GetGrain<IChildGrain>(child).WorkAsync(this.GetPrimaryKeyString(), 1);
}

public sealed class ChildGrain : Grain, IChildGrain
{
    // Awaiting a one-way call only waits for it to be sent: the parent, busy awaiting this call, runs it later.
    public Task WorkAsync(string parent, int value) =>
        GrainFactory.GetGrain<INotifiedGrain>(parent).NotifyAsync(value, gate: null);
}
