using QualityMap.Grains.Runtime;
using QualityMap.Grains.Warnings;

namespace QualityMap.Grains.Regions;

/// <summary>A region (province, city, county or town) with its live counts and colour; keyed by region code.</summary>
public interface IRegionGrain : IGrainWithStringKey
{
    /// <summary>A town hears of one of its enterprises (one-way, from the enterprise grain).</summary>
    [OneWay]
    Task EnterpriseChangedAsync(EnterpriseStatus status);

    /// <summary>A parent hears of one of its children's counts (one-way, up the tree).</summary>
    [OneWay]
    Task ChildChangedAsync(ChildReport report);

    /// <summary>A town takes the statuses of all its enterprises at once (start-up rebuild from stored states).</summary>
    Task SeedAsync(IReadOnlyList<EnterpriseStatus> statuses);

    /// <summary>
    /// A county starts deciding warnings from its colour. Until then (during the start-up rebuild) its
    /// colour passes through partial counts that must not raise a warning.
    /// </summary>
    Task EnableWarningsAsync();

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
