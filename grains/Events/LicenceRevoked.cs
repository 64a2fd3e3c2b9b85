using System.Text.Json.Serialization;
using QualityMap.Grains.Events.Fields;

namespace QualityMap.Grains.Events;

/// <summary>The production licence was revoked (吊销).</summary>
[GenerateSerializer, Alias("qm.LicenceRevoked"), Effect("high-risk while revoked")]
public sealed record LicenceRevoked : EnterpriseEvent
{
    [Id(0)]
    public required string LicenceNo { get; init; }

    [JsonIgnore]
    public override string Kind => EventKinds.LicenceRevoked;
}
