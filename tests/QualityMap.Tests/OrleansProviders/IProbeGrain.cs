using Orleans;

namespace QualityMap.Tests.OrleansProviders;

/// <summary>A small grain that exercises each Orleans ADO.NET provider: persisted state, a reminder, its silo.</summary>
public interface IProbeGrain : IGrainWithStringKey
{
    /// <summary>Adds to the persisted total, writes it through the grain storage and answers the new total.</summary>
    Task<int> AddAsync(int amount);

    Task<int> GetTotalAsync();

    /// <summary>Asks Orleans to deactivate this activation once the call returns, so the next call reads storage.</summary>
    Task DeactivateAsync();

    Task StartTickingAsync(TimeSpan period);

    Task StopTickingAsync();

    Task<IReadOnlyList<string>> ListRemindersAsync();

    /// <summary>The identity of the silo this activation lives on.</summary>
    Task<string> WhereAsync();
}
