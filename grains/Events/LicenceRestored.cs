using System.Text.Json.Serialization;
using QualityMap.Grains.Events.Fields;

namespace QualityMap.Grains.Events;

/// <summary>A valid production licence is held again (restored after suspension, or newly granted).</summary>
[GenerateSerializer, Alias("qm.LicenceRestored"), Effect("ends a revocation or suspension; a licence is held")]
public sealed record LicenceRestored : EnterpriseEvent
{
    [Id(0)]
    public required string LicenceNo { get; init; }

    [JsonIgnore]
    public override string Kind => EventKinds.LicenceRestored;
}
