using Orleans;
using Orleans.Concurrency;

namespace QualityMap.Tests.OrleansRuntime.Grains;

/// <summary>A parent that is notified one way, as the region tree's grains notify their parents.</summary>
public interface INotifiedGrain : IGrainWithStringKey
{
    /// <summary>Waits for the gate <paramref name="gate"/> (if any), then keeps <paramref name="value"/>.</summary>
    [OneWay]
    Task NotifyAsync(int value, string? gate);

    Task<IReadOnlyList<int>> GetReceivedAsync();

    /// <summary>Calls the child <paramref name="child"/> and awaits it; the child notifies this grain meanwhile.</summary>
    Task AskChildAsync(string child);
}

public interface IChildGrain : IGrainWithStringKey
{
    /// <summary>Notifies <paramref name="parent"/> one way, inside the parent's own call to this grain.</summary>
    Task WorkAsync(string parent, int value);
}
