namespace QualityMap.Grains.Supervision;

/// <summary>Which classification drives supervision: Jiaxing's two classes (DB3304/T 055) or the Guangdong credit scheme.</summary>
public enum ClassificationScheme
{
    Jiaxing,
    Credit,
}
