namespace QualityMap.Grains.Regions;

/// <summary>A list of regions does not form a valid GB/T 2260 tree.</summary>
public sealed class RegionTreeException : Exception
{
    public RegionTreeException(string code, string message)
        : base(message)
    {
        Code = code;
    }

    /// <summary>Code of the region that broke the rule.</summary>
    public string Code { get; }
}
