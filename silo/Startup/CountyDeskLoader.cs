using QualityMap.Grains.Runtime;
using QualityMap.Grains.Supervision;
using QualityMap.Silo.Storage;

namespace QualityMap.Silo.Startup;

/// <summary>
/// Activates every stored county supervision desk at start-up, so each tells <see cref="ICountyTaskFeed"/> what it
/// keeps and the supervision gauges are whole from the first scrape, not only for counties an event has touched since.
/// </summary>
public sealed class CountyDeskLoader(IGrainStateStore states, IGrainFactory grains)
{
    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        var counties = new List<string>();
        await foreach (var stored in states.ReadAllAsync(nameof(CountySupervisionGrain), cancellationToken)) counties.Add(stored.Key);
        await Task.WhenAll(counties.Select(c => grains.GetGrain<ICountySupervisionGrain>(c).ReportAsync()));
    }
}
