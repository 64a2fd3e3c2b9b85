using System.Globalization;

namespace QualityMap.Grains.Colouring;

/// <summary>Region colouring by share of high-risk enterprises (DB3304/T 056 §3.1, §4.1.1).</summary>
public static class ColourRules
{
    public static ColourAssessment Assess(int highRisk, int monitored, ColourThresholds thresholds)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(highRisk);
        ArgumentOutOfRangeException.ThrowIfLessThan(monitored, highRisk);
        var colour = Colour(highRisk, monitored, thresholds);
        return new ColourAssessment(colour, highRisk, monitored, Reason(colour, highRisk, monitored));
    }

    // DB3304/T 056 §4.1.1: share = high-risk ÷ monitored; a region without monitored enterprises has no colour.
    // Compared as highRisk × 100 ≥ threshold × monitored in decimals, so 1 of 20 is exactly 5 %, never 4.999…
    public static RegionColour Colour(int highRisk, int monitored, ColourThresholds thresholds)
    {
        if (monitored == 0) return RegionColour.NoData;
        var scaled = highRisk * 100m;
        if (scaled >= thresholds.RedPercent * monitored) return RegionColour.Red;
        if (scaled >= thresholds.OrangePercent * monitored) return RegionColour.Orange;
        if (scaled >= thresholds.YellowPercent * monitored) return RegionColour.Yellow;
        return RegionColour.Green;
    }

    /// <summary>Share of high-risk enterprises in percent, one decimal, rounded half away from zero; null without data.</summary>
    public static decimal? SharePercent(int highRisk, int monitored) =>
        monitored == 0 ? null : Math.Round(highRisk * 100m / monitored, 1, MidpointRounding.AwayFromZero);

    /// <summary>"红色：30家监测企业中7家为高风险（23.3%）" — the reason shown next to the colour (§4.1.2).</summary>
    public static string Reason(RegionColour colour, int highRisk, int monitored)
    {
        if (monitored == 0) return "无数据：暂无监测企业";
        var share = SharePercent(highRisk, monitored)!.Value.ToString("0.#", CultureInfo.InvariantCulture);
        return $"{ColourNames.Chinese(colour)}：{monitored}家监测企业中{highRisk}家为高风险（{share}%）";
    }
}
