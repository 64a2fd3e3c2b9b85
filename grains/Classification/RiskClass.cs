namespace QualityMap.Grains.Classification;

/// <summary>The two enterprise classes of DB3304/T 055—2023.</summary>
public enum RiskClass
{
    Low,
    High,
}
