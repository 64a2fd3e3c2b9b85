using System.Text.Json.Serialization;
using QualityMap.Grains.Events.Fields;

namespace QualityMap.Grains.Events;

/// <summary>Removed from the list of seriously illegal and dishonest enterprises (移出).</summary>
[GenerateSerializer, Alias("qm.DishonestyDelisted"), Effect("ends the listing")]
public sealed record DishonestyDelisted : EnterpriseEvent
{
    [Id(0)]
    public required string ListingNo { get; init; }

    [JsonIgnore]
    public override string Kind => EventKinds.DishonestyDelisted;
}
