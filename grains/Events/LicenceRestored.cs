using System.Text.Json.Serialization;

namespace QualityMap.Grains.Events;

/// <summary>A valid production licence is held again (restored after suspension, or newly granted).</summary>
public sealed record LicenceRestored : EnterpriseEvent
{
    public required string LicenceNo { get; init; }

    [JsonIgnore]
    public override string Kind => EventKinds.LicenceRestored;
}
