namespace QualityMap.Grains.Credit;

/// <summary>Yearly samplings and on-site inspections planned for one credit class.</summary>
public sealed class ClassMeasureOptions
{
    public int SamplingsPerYear { get; set; }
    public int InspectionsPerYear { get; set; }
}
