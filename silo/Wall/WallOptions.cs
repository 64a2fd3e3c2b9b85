namespace QualityMap.Silo.Wall;

/// <summary>The command-centre wall display (section "Wall"): where its region boundaries come from.</summary>
public sealed class WallOptions
{
    public const string SectionName = "Wall";

    /// <summary>
    /// A directory of DataV GeoJSON boundary files named <c>{code}_full.json</c> (the children of region
    /// <c>code</c>), served at <c>/wall/geo/{code}.json</c>. Relative paths are resolved against the current directory.
    /// </summary>
    public string? GeoDirectory { get; set; }

    /// <summary>
    /// Instead of <see cref="GeoDirectory"/>: a URL template with <c>{code}</c> (e.g. <c>https://maps.example/{code}_full.json</c>)
    /// the browser loads boundaries from. With neither set, the wall draws a schematic tile map.
    /// </summary>
    public string? GeoUrlTemplate { get; set; }

    /// <summary>The region the wall opens on; empty: the region tree's root (see <see cref="WallSite"/>).</summary>
    public string? RootCode { get; set; }

    /// <summary>Configuration mistakes, one message each; empty when the options are usable.</summary>
    public IEnumerable<string> Validate()
    {
        if (!string.IsNullOrWhiteSpace(GeoDirectory) && !string.IsNullOrWhiteSpace(GeoUrlTemplate))
            yield return "Wall:GeoDirectory and Wall:GeoUrlTemplate are alternatives; set one of them.";
        if (!string.IsNullOrWhiteSpace(GeoDirectory) && !Directory.Exists(GeoDirectory))
            yield return $"Wall:GeoDirectory '{GeoDirectory}' does not exist.";
        if (!string.IsNullOrWhiteSpace(GeoUrlTemplate) && !GeoUrlTemplate.Contains("{code}", StringComparison.Ordinal))
            yield return "Wall:GeoUrlTemplate must contain {code}.";
        if (!string.IsNullOrWhiteSpace(RootCode) && !RootCode.All(char.IsAsciiDigit))
            yield return "Wall:RootCode must be a region code (digits only).";
    }
}
