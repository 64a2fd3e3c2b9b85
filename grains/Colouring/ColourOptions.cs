using QualityMap.Grains.Regions;

namespace QualityMap.Grains.Colouring;

/// <summary>
/// Colour thresholds per region level (section "Colours"). The defaults (red ≥ 20 %, orange ≥ 10 %,
/// yellow ≥ 5 %) stand in for DB3304/T 055 §4.3, whose text is not available (DOMAIN.md).
/// </summary>
public sealed class ColourOptions
{
    public const string SectionName = "Colours";

    public ColourThresholds Town { get; set; } = new();

    public ColourThresholds County { get; set; } = new();

    public ColourThresholds City { get; set; } = new();

    public ColourThresholds Province { get; set; } = new();

    public ColourThresholds For(RegionLevel level) => level switch
    {
        RegionLevel.Town => Town,
        RegionLevel.County => County,
        RegionLevel.City => City,
        RegionLevel.Province => Province,
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };

    public IEnumerable<string> Validate() =>
        Town.Validate($"{SectionName}:Town")
            .Concat(County.Validate($"{SectionName}:County"))
            .Concat(City.Validate($"{SectionName}:City"))
            .Concat(Province.Validate($"{SectionName}:Province"));
}
