using QualityMap.Grains.Runtime;

namespace QualityMap.Tests.Runtime.TestGrains;

public interface IContextGrain : IGrainWithStringKey
{
    /// <summary>Passes the call on, one way, to the grain <paramref name="next"/>.</summary>
    [OneWay]
    Task ForwardAsync(string next);

    /// <summary>Remembers the request context value <paramref name="key"/> of this call.</summary>
    Task RecordAsync(string key);

    /// <summary>The value the last <see cref="RecordAsync"/> saw.</summary>
    Task<object?> SeenAsync();
}

public sealed class ContextGrain : Grain, IContextGrain
{
    public const string Key = "test.cause";
    private object? _seen;

    public Task ForwardAsync(string next) => GrainFactory.GetGrain<IContextGrain>(next).RecordAsync(Key);

    public Task RecordAsync(string key)
    {
        _seen = RequestContext.Get(key);
        return Task.CompletedTask;
    }

    public Task<object?> SeenAsync() => Task.FromResult(_seen);
}
