using QualityMap.Grains.Runtime;

namespace QualityMap.Tests.Runtime.TestGrains;

public interface ITurnCheckingGrain : IGrainWithStringKey
{
    /// <summary>Increments the counter in a read-await-write turn; throws if another call is inside the grain.</summary>
    Task EnterAsync();

    Task<int> GetCountAsync();
}

public sealed class TurnCheckingGrain(GrainProbe probe) : Grain, ITurnCheckingGrain
{
    private int _inside;
    private int _count;

    public async Task EnterAsync()
    {
        if (Interlocked.Increment(ref _inside) != 1)
        {
            probe.Increment("turn:overlaps");
            throw new InvalidOperationException("Two calls were inside one grain at once.");
        }
        try
        {
            // A read-modify-write split by awaits: overlapping turns would lose increments.
            var count = _count;
            await Task.Yield();
            await Task.Delay(0);
            await Task.Yield();
            _count = count + 1;
        }
        finally
        {
            Interlocked.Decrement(ref _inside);
        }
    }

    public Task<int> GetCountAsync() => Task.FromResult(_count);
}
