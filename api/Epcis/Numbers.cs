using System.Globalization;
using System.Text.Json.Nodes;

namespace QualityMap.Api.Epcis;

/// <summary>A JSON number as a decimal, whether it was parsed from text or built in code (an int, a double).</summary>
internal static class Numbers
{
    public static decimal Of(JsonNode number) =>
        decimal.Parse(number.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);
}
