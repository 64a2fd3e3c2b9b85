using System.Globalization;
using System.Text.Json;

namespace QualityMap.Api.Epcis;

/// <summary>A JSON number as a decimal, exactly as written.</summary>
internal static class Numbers
{
    public static decimal Of(JsonElement number) => decimal.Parse(number.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture);
}
