using System.Text.Json;
using QualityMap.Grains.Regions;

namespace QualityMap.Silo.Regions;

/// <summary>Reads the project's nested JSON region format; see <see cref="RegionTreeLoader"/>.</summary>
internal static class RegionJsonFormat
{
    public static IReadOnlyList<Region> Read(Stream stream, string source)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(stream);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{source} is not valid JSON: {e.Message}", e);
        }

        using (document)
        {
            var regions = new List<Region>();
            var root = document.RootElement;
            switch (root.ValueKind)
            {
                case JsonValueKind.Object:
                    ReadNode(root, parentCode: null, "$", source, regions);
                    break;
                case JsonValueKind.Array:
                    var index = 0;
                    foreach (var node in root.EnumerateArray())
                    {
                        ReadNode(node, parentCode: null, $"$[{index++}]", source, regions);
                    }

                    break;
                default:
                    throw new InvalidDataException($"{source}: the root must be a region object or an array of them.");
            }

            return regions;
        }
    }

    private static void ReadNode(JsonElement node, string? parentCode, string path, string source, List<Region> regions)
    {
        if (node.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidDataException($"{source}: {path} is not a region object.");
        }

        var code = RequiredString(node, "code", path, source);
        var name = RequiredString(node, "name", path, source);
        var levelText = RequiredString(node, "level", path, source);
        var level = ParseLevel(levelText)
            ?? throw new InvalidDataException(
                $"{source}: region {code} at {path} has level \"{levelText}\"; expected province, city, county or town.");
        regions.Add(new Region(code, name, level, parentCode));

        if (!node.TryGetProperty("children", out var children) || children.ValueKind == JsonValueKind.Null)
        {
            return;
        }

        if (children.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidDataException($"{source}: \"children\" of region {code} at {path} is not an array.");
        }

        var index = 0;
        foreach (var child in children.EnumerateArray())
        {
            ReadNode(child, code, $"{path}.children[{index++}]", source, regions);
        }
    }

    private static string RequiredString(JsonElement node, string property, string path, string source) =>
        node.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new InvalidDataException($"{source}: the region at {path} needs a string \"{property}\".");

    private static RegionLevel? ParseLevel(string text) => text.ToLowerInvariant() switch
    {
        "province" => RegionLevel.Province,
        "city" => RegionLevel.City,
        "county" => RegionLevel.County,
        "town" => RegionLevel.Town,
        _ => null,
    };
}
