namespace QualityMap.Silo.Regions;

/// <summary>Where the region tree comes from (section "Regions").</summary>
public sealed class RegionOptions
{
    public const string SectionName = "Regions";

    /// <summary>
    /// A region file in the project's JSON format, or a directory of national division CSVs
    /// (provinces/cities/areas/streets.csv). Empty: the built-in Jiaxing tree.
    /// </summary>
    public string? Source { get; set; }

    /// <summary>Keep only this region and its descendants (with its ancestors), e.g. 330400 from the national list.</summary>
    public string? Root { get; set; }
}
