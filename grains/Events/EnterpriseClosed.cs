using System.Text.Json.Serialization;
using QualityMap.Grains.Events.Fields;

namespace QualityMap.Grains.Events;

/// <summary>The enterprise closed down: it is no longer monitored and leaves every count.</summary>
[GenerateSerializer, Alias("qm.EnterpriseClosed"), Effect("leaves every count")]
public sealed record EnterpriseClosed : EnterpriseEvent
{
    [Id(0)]
    public string? Note { get; init; }

    [JsonIgnore]
    public override string Kind => EventKinds.EnterpriseClosed;
}
