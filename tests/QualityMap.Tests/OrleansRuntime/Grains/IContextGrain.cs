using Orleans;
using Orleans.Concurrency;

namespace QualityMap.Tests.OrleansRuntime.Grains;

public interface IContextGrain : IGrainWithStringKey
{
    public const string Key = "test.cause";

    /// <summary>Passes the call on, one way, to <paramref name="next"/>'s <see cref="RecordAsync"/>.</summary>
    [OneWay]
    Task ForwardAsync(string next);

    /// <summary>Passes the call on to <paramref name="next"/>'s <see cref="RecordAsync"/> and awaits it.</summary>
    Task RelayAsync(string next);

    /// <summary>Remembers this call's request context value <see cref="Key"/>.</summary>
    Task RecordAsync();

    /// <summary>What the last <see cref="RecordAsync"/> saw, and how many ran.</summary>
    Task<(string? Seen, int Records)> SeenAsync();
}
