using QualityMap.Grains.Warnings;

using Orleans.Concurrency;

namespace QualityMap.Grains.Regions;

/// <summary>A region (province, city, county or town) with its live counts and colour; keyed by region code.</summary>
public interface IRegionGrain : IGrainWithStringKey
{
    /// <summary>
    /// A town hears of one of its enterprises, and answers once its county and city took the change. Awaited, not
    /// one-way: Orleans does not keep one caller's messages in order, so only an answer proves the map has the change
    /// (the dispatch checkpoint, the start-up rebuild and readers rely on it). Parents never call children, so the
    /// waits up the tree cannot deadlock. Changes that arrive together go up in one report.
    /// <paramref name="at"/> is when the journal took the event behind the change (the region's trend is stamped with it).
    /// </summary>
    Task EnterpriseChangedAsync(EnterpriseStatus status, DateTimeOffset at);

    /// <summary>A parent hears of one of its children's counts, and answers once its own parent took it.</summary>
    Task ChildChangedAsync(ChildReport report);

    /// <summary>
    /// A town takes the statuses of all its enterprises at once (the rebuild from stored states, at start-up and after
    /// a silo left), keeping the newer of each, and reports to its parent either way. From then on its counts are
    /// complete (<see cref="ChildReport.Complete"/>): a county decides warnings only while all its towns' are.
    /// </summary>
    Task SeedAsync(IReadOnlyList<EnterpriseStatus> statuses);

    // The grain is reentrant (RegionGrain): the reads are answered while a change waits up the tree, as a warning
    // grain reads its towns' high-risk enterprises while a town may be waiting for its county, which may be waiting
    // for that warning grain.

    /// <summary>The region and its children with colours, counts, reasons and open warnings.</summary>
    Task<RegionView> GetAsync();

    /// <summary>The ids of every warning this county was ever given, oldest first (empty for other levels).</summary>
    Task<IReadOnlyList<string>> GetWarningIdsAsync();

    /// <summary>The unified social credit codes of this town's monitored enterprises, sorted (empty for other levels).</summary>
    Task<IReadOnlyList<string>> GetMonitoredEnterprisesAsync();

    /// <summary>A town's monitored high-risk enterprises (USCCs, sorted); empty for other levels.</summary>
    Task<IReadOnlyList<string>> GetHighRiskEnterprisesAsync();

    /// <summary>
    /// The county's warning moved on in its workflow (§4.2.2–4.2.3): the county keeps the summary for its map
    /// entry, forgets it once lifted, and tells the watchers.
    /// </summary>
    [OneWay]
    Task WarningChangedAsync(WarningSummary warning, string action, long seq);
}
