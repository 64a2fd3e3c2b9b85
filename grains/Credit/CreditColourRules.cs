using System.Globalization;
using QualityMap.Grains.Colouring;

namespace QualityMap.Grains.Credit;

/// <summary>
/// Region colour under the credit scheme: the share of C+D operators among the region's scored operators drives
/// the colour, with the scheme's own thresholds (<see cref="CreditOptions.Colour"/>, defaults). O operators have no
/// score and are not counted; a region without scored operators has no data.
/// </summary>
public static class CreditColourRules
{
    public static ColourAssessment Assess(int classCOrD, int scored, ColourThresholds thresholds)
    {
        var colour = ColourRules.Colour(classCOrD, scored, thresholds);
        return new ColourAssessment(colour, classCOrD, scored, Reason(colour, classCOrD, scored));
    }

    /// <summary>"橙色：20家已记分经营者中3家为C/D类（15%）".</summary>
    public static string Reason(RegionColour colour, int classCOrD, int scored)
    {
        if (scored == 0) return "无数据：暂无已记分经营者";
        var share = ColourRules.SharePercent(classCOrD, scored)!.Value.ToString("0.#", CultureInfo.InvariantCulture);
        return $"{ColourNames.Chinese(colour)}：{scored}家已记分经营者中{classCOrD}家为C/D类（{share}%）";
    }
}
