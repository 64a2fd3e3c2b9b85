using System.Text.Json.Serialization;
using QualityMap.Grains.Events.Fields;

namespace QualityMap.Grains.Events;

/// <summary>The production licence was suspended (暂扣/暂停).</summary>
[GenerateSerializer, Alias("qm.LicenceSuspended"), Effect("high-risk while suspended")]
public sealed record LicenceSuspended : EnterpriseEvent
{
    [Id(0)]
    public required string LicenceNo { get; init; }

    [JsonIgnore]
    public override string Kind => EventKinds.LicenceSuspended;
}
