using QualityMap.Grains.Runtime;

namespace QualityMap.Tests.Runtime.TestGrains;

public interface IOrderingGrain : IGrainWithStringKey
{
    /// <summary>Appends <paramref name="value"/> to the grain's list, giving up the thread halfway through the turn.</summary>
    Task AppendAsync(int value);

    /// <summary>The values in the order the grain appended them.</summary>
    Task<IReadOnlyList<int>> GetValuesAsync();
}

public sealed class OrderingGrain : Grain, IOrderingGrain
{
    private readonly List<int> _values = [];

    public async Task AppendAsync(int value)
    {
        await Task.Yield();
        _values.Add(value);
    }

    public Task<IReadOnlyList<int>> GetValuesAsync() => Task.FromResult<IReadOnlyList<int>>([.. _values]);
}
