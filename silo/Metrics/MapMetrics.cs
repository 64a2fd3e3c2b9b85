using System.Diagnostics.Metrics;
using QualityMap.Grains.Colouring;
using QualityMap.Grains.Regions;
using QualityMap.Grains.Warnings;

namespace QualityMap.Silo.Metrics;

/// <summary>
/// What the command centre watches, as gauges read at scrape time from <see cref="MapSnapshot"/>: enterprises by
/// class per county, regions by colour per level, each county's colour, open warnings and their age. Every county
/// of the tree is reported (zero / no data when nothing is monitored), so dashboards show the whole city.
/// </summary>
public sealed class MapMetrics
{
    private static readonly RegionColour[] Colours = Enum.GetValues<RegionColour>();
    private static readonly WarningStatus[] OpenStatuses = [.. Enum.GetValues<WarningStatus>().Where(s => s != WarningStatus.Lifted)];

    private readonly MapSnapshot _snapshot;
    private readonly RegionTree _tree;
    private readonly TimeProvider _time;
    private readonly Region[] _counties;

    public MapMetrics(MapSnapshot snapshot, RegionTree tree, TimeProvider time, IMeterFactory meters)
    {
        _snapshot = snapshot;
        _tree = tree;
        _time = time;
        _counties = [.. tree.All.Where(r => r.Level == RegionLevel.County)];
        var meter = meters.Create(QualityMapMeter.Name);
        meter.CreateObservableGauge("qualitymap_enterprises", ObserveEnterprises,
            description: "Monitored enterprises per county by class (high = 高风险企业, low = 低风险企业; DB3304/T 055—2023).");
        meter.CreateObservableGauge("qualitymap_regions", ObserveRegionsByColour,
            description: "Regions per level by colour (red/orange/yellow/green; no_data when nothing is monitored; DB3304/T 056 §4.1).");
        meter.CreateObservableGauge("qualitymap_county_colour", ObserveCountyColours,
            description: "Colour of each county: 0 no data, 1 green, 2 yellow, 3 orange, 4 red.");
        meter.CreateObservableGauge("qualitymap_warnings_open", ObserveOpenWarnings,
            description: "Formal warnings not lifted yet, by level and state of the §4.2 workflow.");
        meter.CreateObservableGauge("qualitymap_warning_age_seconds", ObserveWarningAges,
            description: "Age of each county's open formal warning since it was raised, by state.");
    }

    private IEnumerable<Measurement<int>> ObserveEnterprises()
    {
        foreach (var county in _counties)
        {
            var summary = _snapshot.Region(county.Code);
            var highRisk = summary?.HighRisk ?? 0;
            var monitored = summary?.Monitored ?? 0;
            yield return new(highRisk, CountyTags(county, ("class", "high")));
            yield return new(monitored - highRisk, CountyTags(county, ("class", "low")));
        }
    }

    private IEnumerable<Measurement<int>> ObserveRegionsByColour()
    {
        var counts = new Dictionary<(RegionLevel, RegionColour), int>();
        foreach (var region in _snapshot.Regions) counts[(region.Level, region.Colour)] = counts.GetValueOrDefault((region.Level, region.Colour)) + 1;
        foreach (var level in Enum.GetValues<RegionLevel>().Where(l => _tree.CountAt(l) > 0))
        {
            // A region that never published has had nothing monitored since start: no data.
            var published = Colours.Sum(c => counts.GetValueOrDefault((level, c)));
            foreach (var colour in Colours)
            {
                var count = counts.GetValueOrDefault((level, colour)) + (colour == RegionColour.NoData ? _tree.CountAt(level) - published : 0);
                yield return new(count, new("level", LabelValues.Of(level)), new("colour", LabelValues.Of(colour)));
            }
        }
    }

    private IEnumerable<Measurement<int>> ObserveCountyColours() =>
        _counties.Select(county => new Measurement<int>((int)(_snapshot.Region(county.Code)?.Colour ?? RegionColour.NoData), CountyTags(county)));

    private IEnumerable<Measurement<int>> ObserveOpenWarnings()
    {
        var open = _snapshot.OpenWarnings.ToList();
        foreach (var level in Enum.GetValues<WarningLevel>())
        {
            foreach (var status in OpenStatuses)
            {
                yield return new(open.Count(w => w.Level == level && w.Status == status),
                    new("level", LabelValues.Of(level)), new("state", LabelValues.Of(status)));
            }
        }
    }

    private IEnumerable<Measurement<double>> ObserveWarningAges()
    {
        var now = _time.GetUtcNow();
        foreach (var warning in _snapshot.OpenWarnings)
        {
            var county = _tree.Find(warning.CountyCode);
            yield return new((now - warning.RaisedAt).TotalSeconds,
                new("county", warning.CountyCode), new("name", county?.Name ?? warning.CountyCode),
                new("level", LabelValues.Of(warning.Level)), new("state", LabelValues.Of(warning.Status)));
        }
    }

    /// <summary>The labels of a county's series, shared by every per-county gauge: code, name and one more.</summary>
    internal static KeyValuePair<string, object?>[] CountyTags(Region county, (string Name, string Value)? extra = null) =>
        extra is { } e
            ? [new("county", county.Code), new("name", county.Name), new(e.Name, e.Value)]
            : [new("county", county.Code), new("name", county.Name)];
}
