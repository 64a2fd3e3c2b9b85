namespace QualityMap.Grains.Supervision;

/// <summary>One cell of the measures matrix: the mode and the yearly minimum samplings (per product) and on-site inspections.</summary>
public sealed class MatrixCell
{
    public SupervisionMode Mode { get; set; }
    public int SamplingsPerYear { get; set; }
    public int InspectionsPerYear { get; set; }
}
