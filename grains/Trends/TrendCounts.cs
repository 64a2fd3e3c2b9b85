namespace QualityMap.Grains.Trends;

/// <summary>High-risk and monitored enterprises of a region: a total, or the change of one bucket.</summary>
[GenerateSerializer, Immutable, Alias("qm.TrendCounts")]
public sealed record TrendCounts(int HighRisk, int Monitored)
{
    public static readonly TrendCounts Zero = new(0, 0);

    public TrendCounts Plus(TrendCounts other) => new(HighRisk + other.HighRisk, Monitored + other.Monitored);

    public TrendCounts Minus(TrendCounts other) => new(HighRisk - other.HighRisk, Monitored - other.Monitored);
}
