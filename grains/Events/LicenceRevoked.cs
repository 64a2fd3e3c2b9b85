using System.Text.Json.Serialization;

namespace QualityMap.Grains.Events;

/// <summary>The production licence was revoked (吊销).</summary>
[GenerateSerializer, Alias("qm.LicenceRevoked")]
public sealed record LicenceRevoked : EnterpriseEvent
{
    [Id(0)]
    public required string LicenceNo { get; init; }

    [JsonIgnore]
    public override string Kind => EventKinds.LicenceRevoked;
}
