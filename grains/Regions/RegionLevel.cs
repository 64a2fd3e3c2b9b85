namespace QualityMap.Grains.Regions;

/// <summary>Administrative level in the GB/T 2260 hierarchy, from the top down.</summary>
public enum RegionLevel
{
    Province,
    City,
    County,
    Town,
}
