using QualityMap.Grains.Regions;

namespace QualityMap.Silo.Regions;

/// <summary>
/// Loads a <see cref="RegionTree"/> from one of two formats.
/// <para>
/// <b>JSON tree</b> (a path ending in <c>.json</c>): a region object, or an array of them, each
/// <c>{ "code": "330400", "name": "嘉兴市", "level": "city", "children": [ … ] }</c>.
/// <c>level</c> is <c>province</c>, <c>city</c>, <c>county</c> or <c>town</c>; <c>children</c> is
/// optional and nests the next level down, which gives each child its parent. Codes are strings:
/// 6-digit GB/T 2260 codes for provinces, cities and counties, 9-digit town codes for towns.
/// Roots must be provinces. The built-in <c>jiaxing-330400.json</c> is an example.
/// </para>
/// <para>
/// <b>National division CSV directory</b> (a directory path): UTF-8 files with a header row,
/// <c>provinces.csv</c> (code,name), <c>cities.csv</c> (code,name,provinceCode),
/// <c>areas.csv</c> (code,name,cityCode,provinceCode) and
/// <c>streets.csv</c> (code,name,areaCode,provinceCode,cityCode); names may be quoted. Province
/// codes are 2 digits and city codes 4, padded with zeros to 6 (33 → 330000, 3304 → 330400);
/// counties are 6 digits, towns 9 (12-digit statistical codes ending in 000 are cut to 9). The
/// repeated ancestor columns must agree with the parent's own row. A city listed without counties
/// (东莞, 中山, 儋州) appears in areas.csv as a county carrying the city's own code; that county
/// keeps the code its towns extend (441900) and the city becomes 4419<c>99</c>.
/// </para>
/// </summary>
public static class RegionTreeLoader
{
    /// <summary>Logical name of the embedded Jiaxing (330400) list.</summary>
    public const string BuiltInJiaxingResource = "QualityMap.Silo.Regions.jiaxing-330400.json";

    /// <summary>Loads a <c>.json</c> file or a CSV directory, optionally cut to <paramref name="rootCode"/>'s subtree.</summary>
    /// <exception cref="FileNotFoundException">Nothing exists at the path, or a CSV file is missing.</exception>
    /// <exception cref="NotSupportedException">The path is a file that does not end in <c>.json</c>.</exception>
    /// <exception cref="InvalidDataException">A file is malformed.</exception>
    /// <exception cref="RegionTreeException">The regions do not form a valid tree.</exception>
    /// <exception cref="KeyNotFoundException"><paramref name="rootCode"/> is not in the list.</exception>
    public static RegionTree Load(string path, string? rootCode = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);

        IReadOnlyList<Region> regions;
        if (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && !Directory.Exists(path))
        {
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"Region file {path} does not exist.", path);
            }

            using var stream = File.OpenRead(path);
            regions = RegionJsonFormat.Read(stream, path);
        }
        else if (Directory.Exists(path))
        {
            regions = RegionCsvFormat.Read(path);
        }
        else if (File.Exists(path))
        {
            throw new NotSupportedException(
                $"Cannot load regions from {path}: expected a .json file or a directory holding " +
                $"{RegionCsvFormat.ProvincesFile}, {RegionCsvFormat.CitiesFile}, " +
                $"{RegionCsvFormat.CountiesFile} and {RegionCsvFormat.TownsFile}.");
        }
        else
        {
            throw new FileNotFoundException($"Region data {path} does not exist (neither a file nor a directory).", path);
        }

        var tree = new RegionTree(regions);
        return rootCode is null ? tree : tree.Subtree(rootCode);
    }

    /// <summary>Loads the Jiaxing list compiled into this assembly: 浙江省 → 嘉兴市 → 7 counties → 72 towns.</summary>
    public static RegionTree LoadBuiltInJiaxing()
    {
        using var stream = typeof(RegionTreeLoader).Assembly.GetManifestResourceStream(BuiltInJiaxingResource)
            ?? throw new InvalidOperationException($"Embedded resource {BuiltInJiaxingResource} is missing from the silo assembly.");
        return new RegionTree(RegionJsonFormat.Read(stream, BuiltInJiaxingResource));
    }
}
