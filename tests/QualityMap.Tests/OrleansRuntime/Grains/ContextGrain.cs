using Orleans;
using Orleans.Runtime;

namespace QualityMap.Tests.OrleansRuntime.Grains;

public sealed class ContextGrain : Grain, IContextGrain
{
    private string? _seen;
    private int _records;

    public Task ForwardAsync(string next) => GrainFactory.GetGrain<IContextGrain>(next).RecordAsync();

    public Task RelayAsync(string next) => GrainFactory.GetGrain<IContextGrain>(next).RecordAsync();

    public Task RecordAsync()
    {
        _seen = RequestContext.Get(IContextGrain.Key) as string;
        _records++;
        return Task.CompletedTask;
    }

    public Task<(string? Seen, int Records)> SeenAsync() => Task.FromResult((_seen, _records));
}
