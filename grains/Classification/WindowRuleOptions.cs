namespace QualityMap.Grains.Classification;

/// <summary>Settings of a rule whose evidence counts for a window of calendar months after it occurred.</summary>
public sealed class WindowRuleOptions : RuleOptions
{
    public int WindowMonths { get; set; }
}
