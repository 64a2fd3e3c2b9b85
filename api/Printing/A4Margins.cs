namespace QualityMap.Api.Printing;

/// <summary>The margins of an A4 page in millimetres.</summary>
public sealed record A4Margins(float TopMm, float RightMm, float BottomMm, float LeftMm)
{
    /// <summary>GB/T 9704—2012's page of an official document: top 37 mm, binding side 28 mm, type area 156 × 225 mm.</summary>
    public static readonly A4Margins OfficialDocument = new(37f, 26f, 35f, 28f);
}
