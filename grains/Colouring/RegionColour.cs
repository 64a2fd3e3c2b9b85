namespace QualityMap.Grains.Colouring;

/// <summary>The four colours of DB3304/T 056 §4.1, plus "no data" for a region with no monitored enterprise.</summary>
public enum RegionColour
{
    NoData,
    Green,
    Yellow,
    Orange,
    Red,
}
