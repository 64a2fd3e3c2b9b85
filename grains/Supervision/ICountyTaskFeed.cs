namespace QualityMap.Grains.Supervision;

/// <summary>
/// The in-process feed the county desks tell of every change to what they keep, so the supervision gauges read
/// memory at scrape time instead of calling a grain per county. Listeners must only store, never block.
/// </summary>
public interface ICountyTaskFeed
{
    /// <summary>The latest task summary of one enterprise of a county.</summary>
    void Changed(string countyCode, EnterpriseTaskSummary summary);

    /// <summary>The enterprise left the county (moved, or no longer monitored and without tasks).</summary>
    void Removed(string countyCode, string uscc);
}
