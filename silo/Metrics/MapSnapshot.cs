using System.Collections.Concurrent;
using QualityMap.Grains.Map;
using QualityMap.Grains.Regions;
using QualityMap.Grains.Warnings;
using QualityMap.Api.Live;

namespace QualityMap.Silo.Metrics;

/// <summary>
/// The latest summary of every region and every open warning, as the map feed published them, so a scrape reads
/// memory instead of calling thousands of region grains. The feed tells subscribers in sequence order, so the
/// latest write is the latest state. It must exist before the start-up rebuild publishes the map (see
/// <see cref="MetricSources"/>).
/// </summary>
public sealed class MapSnapshot : IDisposable
{
    private readonly MapFeed _feed;
    private readonly ConcurrentDictionary<string, RegionSummary> _regions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, WarningSummary> _openWarnings = new(StringComparer.Ordinal);

    public MapSnapshot(MapFeed feed)
    {
        _feed = feed;
        _feed.Published += OnPublished;
    }

    /// <summary>The latest summary of a region, or null when it has not changed since start (no monitored enterprise).</summary>
    public RegionSummary? Region(string code) => _regions.GetValueOrDefault(code);

    public ICollection<RegionSummary> Regions => _regions.Values;

    /// <summary>Warnings not lifted yet, whatever step of the §4.2 workflow they are in.</summary>
    public ICollection<WarningSummary> OpenWarnings => _openWarnings.Values;

    public void Dispose() => _feed.Published -= OnPublished;

    private void OnPublished(MapFeedItem item)
    {
        switch (item.Update)
        {
            case RegionChanged changed:
                _regions[changed.Region.Code] = changed.Region;
                if (changed.Region.OpenWarning is { } open) Track(open);
                break;
            case WarningChanged warning:
                Track(warning.Warning);
                break;
        }
    }

    private void Track(WarningSummary warning)
    {
        if (warning.Status == WarningStatus.Lifted) _openWarnings.TryRemove(warning.Id, out _);
        else _openWarnings[warning.Id] = warning;
    }
}
