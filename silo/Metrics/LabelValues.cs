using System.Text.Json;
using QualityMap.Grains.Colouring;
using QualityMap.Grains.Regions;
using QualityMap.Grains.Supervision;
using QualityMap.Grains.Warnings;

namespace QualityMap.Silo.Metrics;

/// <summary>Label values spelled as the HTTP API spells the same enums (snake_case: <c>no_data</c>, <c>town</c>).</summary>
public static class LabelValues
{
    public static string Of(RegionLevel level) => Snake(level.ToString());

    public static string Of(RegionColour colour) => Snake(colour.ToString());

    public static string Of(WarningLevel level) => Snake(level.ToString());

    public static string Of(WarningStatus status) => Snake(status.ToString());

    public static string Of(SupervisionTaskStatus status) => Snake(status.ToString());

    private static string Snake(string name) => JsonNamingPolicy.SnakeCaseLower.ConvertName(name);
}
