using System.Text.Json.Serialization;
using QualityMap.Grains.Events.Fields;

namespace QualityMap.Grains.Events;

/// <summary>The enterprise moved to another town: it leaves the old town's counts and joins the new one's.</summary>
[GenerateSerializer, Alias("qm.EnterpriseMoved"), Effect("leaves the old town's counts for the new town's")]
public sealed record EnterpriseMoved : EnterpriseEvent
{
    [Id(0), TownCode]
    public required string TownCode { get; init; }

    [JsonIgnore]
    public override string Kind => EventKinds.EnterpriseMoved;
}
