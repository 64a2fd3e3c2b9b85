using System.Collections.Concurrent;
using QualityMap.Grains.Supervision;

namespace QualityMap.Silo.Metrics;

/// <summary>
/// The latest task summary of every enterprise of every county desk, as the desks told it, so a scrape reads memory
/// instead of calling a grain per county. The desks publish what the start-up seeds them with and every change after.
/// </summary>
public sealed class CountyTaskSnapshot : ICountyTaskFeed
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, EnterpriseTaskSummary>> _counties = new(StringComparer.Ordinal);

    public void Changed(string countyCode, EnterpriseTaskSummary summary) =>
        _counties.GetOrAdd(countyCode, _ => new(StringComparer.Ordinal))[summary.Uscc] = summary;

    public void Removed(string countyCode, string uscc)
    {
        if (_counties.TryGetValue(countyCode, out var enterprises)) enterprises.TryRemove(uscc, out _);
    }

    /// <summary>What the county's desk keeps; empty for a county whose desk never published.</summary>
    public ICollection<EnterpriseTaskSummary> Enterprises(string countyCode) =>
        _counties.TryGetValue(countyCode, out var enterprises) ? enterprises.Values : [];
}
