using Orleans;

namespace QualityMap.Tests.OrleansRuntime.Grains;

// No [Reentrant]: the default Orleans scheduling, one turn at a time per activation, is what is under test.
public sealed class TurnGrain : Grain, ITurnGrain
{
    private int _inside;
    private int _count;

    public static string Overlaps(string key) => $"turn:{key}:overlaps";

    public async Task EnterAsync()
    {
        if (Interlocked.Increment(ref _inside) != 1)
        {
            Signals.Increment(Overlaps(this.GetPrimaryKeyString()));
        }

        try
        {
            // Awaits between the read and the write: interleaved calls would lose increments.
            var count = _count;
            await Task.Yield();
            await Task.Delay(1);
            _count = count + 1;
        }
        finally
        {
            Interlocked.Decrement(ref _inside);
        }
    }

    public static string Entered(string key) => $"turn:{key}:entered";

    public async Task HoldAsync(string gate)
    {
        Signals.Increment(Entered(this.GetPrimaryKeyString()));
        await Signals.WaitAsync(gate);
    }

    public Task<int> GetCountAsync() => Task.FromResult(_count);

    public async Task MeetAsync(string name, int parties)
    {
        if (Signals.Increment(name) == parties)
        {
            Signals.Open(name);
        }

        await Signals.WaitAsync(name);
    }
}
