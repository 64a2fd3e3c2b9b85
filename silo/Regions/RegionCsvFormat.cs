using CsvHelper;
using QualityMap.Grains.Regions;

namespace QualityMap.Silo.Regions;

/// <summary>Reads the national division CSV directory; see <see cref="RegionTreeLoader"/>.</summary>
internal static class RegionCsvFormat
{
    public const string ProvincesFile = "provinces.csv";
    public const string CitiesFile = "cities.csv";
    public const string CountiesFile = "areas.csv";
    public const string TownsFile = "streets.csv";

    // Replaces "00" in the code of a city without counties. Such a city has no county codes in
    // GB/T 2260, so xxyy99 is free (checked anyway).
    private const string StandInCitySuffix = "99";

    private static readonly CsvReaderOptions s_options = new()
    {
        TrimWhitespace = true,
        // The default recovers from stray quotes by guessing; a guessed name would go unnoticed.
        MalformedData = CsvMalformedDataHandling.Throw,
        TrackLineNumbers = true,
    };

    public static IReadOnlyList<Region> Read(string directory)
    {
        var regions = new List<Region>();
        // Parent codes as the files give them (padded), used to cross-check the redundant columns.
        var provinceOfCity = new Dictionary<string, string>();
        var cityOfCounty = new Dictionary<string, string>();

        foreach (var row in ReadRows(directory, ProvincesFile, "code", "name"))
        {
            regions.Add(new Region(row.Division(0, 2), row[1], RegionLevel.Province, null));
        }

        foreach (var row in ReadRows(directory, CitiesFile, "code", "name", "provinceCode"))
        {
            var code = row.Division(0, 4);
            var provinceCode = row.Division(2, 2);
            provinceOfCity.TryAdd(code, provinceCode);
            regions.Add(new Region(code, row[1], RegionLevel.City, provinceCode));
        }

        foreach (var row in ReadRows(directory, CountiesFile, "code", "name", "cityCode", "provinceCode"))
        {
            var code = row.Division(0, 6);
            var cityCode = row.Division(2, 4);
            row.CheckSameParent(code, "provinceCode", row.Division(3, 2), provinceOfCity.GetValueOrDefault(cityCode));
            cityOfCounty.TryAdd(code, cityCode);
            regions.Add(new Region(code, row[1], RegionLevel.County, cityCode));
        }

        foreach (var row in ReadRows(directory, TownsFile, "code", "name", "areaCode", "provinceCode", "cityCode"))
        {
            var code = row.Town(0);
            var countyCode = row.Division(2, 6);
            var cityCode = cityOfCounty.GetValueOrDefault(countyCode);
            row.CheckSameParent(code, "cityCode", row.Division(4, 4), cityCode);
            row.CheckSameParent(
                code, "provinceCode", row.Division(3, 2), cityCode is null ? null : provinceOfCity.GetValueOrDefault(cityCode));
            regions.Add(new Region(code, row[1], RegionLevel.Town, countyCode));
        }

        return RecodeCitiesWithoutCounties(regions);
    }

    /// <summary>
    /// 东莞 (441900), 中山 (442000) and 儋州 (460400) have no counties in GB/T 2260; the national list
    /// repeats each as a county with the city's own 6-digit code so its towns still sit under a county.
    /// Codes must be unique, and the county keeps 441900 because its towns' codes (441900003 …)
    /// extend it; the city level takes 441999 instead.
    /// </summary>
    private static List<Region> RecodeCitiesWithoutCounties(List<Region> regions)
    {
        var recoded = regions
            .Where(region => region.Level == RegionLevel.County && region.Code == region.ParentCode)
            .Select(region => region.Code)
            .Distinct()
            .ToDictionary(code => code, code => code[..4] + StandInCitySuffix);
        if (recoded.Count == 0)
        {
            return regions;
        }

        var taken = regions.Select(region => region.Code).ToHashSet();
        foreach (var (cityCode, newCode) in recoded)
        {
            if (taken.Contains(newCode))
            {
                throw new InvalidDataException(
                    $"City {cityCode} has no counties, but the code {newCode} it would move to is already used.");
            }
        }

        return regions.ConvertAll(region => region switch
        {
            { Level: RegionLevel.City } when recoded.TryGetValue(region.Code, out var code) => region with { Code = code },
            { Level: RegionLevel.County, ParentCode: { } parent } when recoded.TryGetValue(parent, out var code) =>
                region with { ParentCode = code },
            _ => region,
        });
    }

    private static IEnumerable<RegionCsvRow> ReadRows(string directory, string fileName, params string[] columns)
    {
        var path = Path.Combine(directory, fileName);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The region directory {directory} has no {fileName}.", path);
        }

        using var csv = CsvReader.FromFile(path, s_options);
        int[] indexes;
        try
        {
            csv.ReadHeader();
            indexes = Array.ConvertAll(columns, column => csv.TryGetFieldIndex(column, out var index)
                ? index
                : throw new InvalidDataException($"{path} has no \"{column}\" column."));
        }
        catch (CsvFormatException e)
        {
            throw new InvalidDataException($"{path} has a malformed header: {e.Message}", e);
        }

        while (true)
        {
            string[] fields;
            try
            {
                if (!csv.Read())
                {
                    yield break;
                }

                fields = Array.ConvertAll(indexes, csv.GetString);
            }
            catch (CsvFormatException e)
            {
                throw new InvalidDataException($"{path} line {e.LineNumber}: {e.Message}", e);
            }

            yield return new RegionCsvRow(path, csv.LineNumber, columns, fields);
        }
    }
}
