namespace QualityMap.Grains.Colouring;

/// <summary>A region's colour with the counts behind it and a reason a bureau user can read (zh-CN).</summary>
[GenerateSerializer, Immutable, Alias("qm.ColourAssessment")]
public sealed record ColourAssessment(RegionColour Colour, int HighRisk, int Monitored, string Reason)
{
    /// <summary>Share of high-risk enterprises in percent, rounded to one decimal; null without data.</summary>
    public decimal? SharePercent => ColourRules.SharePercent(HighRisk, Monitored);
}
