using System.Text.Json.Serialization;

namespace QualityMap.Grains.Events;

/// <summary>The production licence was suspended (暂扣/暂停).</summary>
[GenerateSerializer, Alias("qm.LicenceSuspended")]
public sealed record LicenceSuspended : EnterpriseEvent
{
    [Id(0)]
    public required string LicenceNo { get; init; }

    [JsonIgnore]
    public override string Kind => EventKinds.LicenceSuspended;
}
