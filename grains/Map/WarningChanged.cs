using QualityMap.Grains.Warnings;

namespace QualityMap.Grains.Map;

/// <summary>A formal warning was raised, escalated or otherwise changed.</summary>
[GenerateSerializer, Immutable, Alias("qm.WarningChanged")]
public sealed record WarningChanged(WarningSummary Warning, string Action) : MapUpdate
{
    public override string RegionCode => Warning.CountyCode;
}
