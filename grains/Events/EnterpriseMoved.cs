using System.Text.Json.Serialization;

namespace QualityMap.Grains.Events;

/// <summary>The enterprise moved to another town: it leaves the old town's counts and joins the new one's.</summary>
[GenerateSerializer, Alias("qm.EnterpriseMoved")]
public sealed record EnterpriseMoved : EnterpriseEvent
{
    [Id(0)]
    public required string TownCode { get; init; }

    [JsonIgnore]
    public override string Kind => EventKinds.EnterpriseMoved;
}
