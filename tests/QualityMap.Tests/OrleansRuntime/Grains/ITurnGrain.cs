using Orleans;

namespace QualityMap.Tests.OrleansRuntime.Grains;

public interface ITurnGrain : IGrainWithStringKey
{
    /// <summary>A read-await-write increment; counts an overlap if another call is inside the grain.</summary>
    Task EnterAsync();

    Task<int> GetCountAsync();

    /// <summary>Returns once <paramref name="parties"/> calls (to any grains) met under <paramref name="name"/>.</summary>
    Task MeetAsync(string name, int parties);

    /// <summary>Counts its entry, then waits inside the grain until the gate <paramref name="gate"/> opens.</summary>
    Task HoldAsync(string gate);
}
