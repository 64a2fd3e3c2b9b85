namespace QualityMap.Grains.Classification;

/// <summary>Settings of one high-risk rule.</summary>
public class RuleOptions
{
    public bool Enabled { get; set; } = true;
}
