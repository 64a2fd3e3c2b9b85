using QualityMap.Api.Ingestion;
using QualityMap.Grains.Regions;

namespace QualityMap.Tests.Demo;

/// <summary>Validates events against a region tree at a fixed time, as the HTTP endpoint does.</summary>
public sealed class TreeValidationContext(RegionTree regions, DateTimeOffset now) : IEventValidationContext
{
    public DateTimeOffset Now => now;

    public bool IsKnownRegion(string code) => regions.Find(code) is not null;

    public bool IsTown(string code) => regions.IsTown(code);
}
