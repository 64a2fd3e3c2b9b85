using QualityMap.Grains.Classification;

namespace QualityMap.Grains.Map;

/// <summary>An enterprise changed class, so its code flipped colour (red ↔ green).</summary>
[GenerateSerializer, Immutable, Alias("qm.EnterpriseReclassified")]
public sealed record EnterpriseReclassified(
    string Uscc,
    string Name,
    string TownCode,
    RiskClass From,
    RiskClass To,
    IReadOnlyList<string> Rules,
    DateTimeOffset At) : MapUpdate
{
    public override string RegionCode => TownCode;
}
