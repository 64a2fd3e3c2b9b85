using QualityMap.Grains.Regions;

namespace QualityMap.Api.Ingestion;

/// <summary>Validation against the loaded region tree and the service clock.</summary>
public sealed class RegionTreeValidationContext(RegionTree tree, TimeProvider time) : IEventValidationContext
{
    public bool IsKnownRegion(string code) => tree.Find(code) is not null;

    public bool IsTown(string code) => tree.IsTown(code);

    public DateTimeOffset Now => time.GetUtcNow();
}
