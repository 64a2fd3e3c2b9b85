using System.Text.Json.Serialization;
using QualityMap.Grains.Events.Fields;

namespace QualityMap.Grains.Events;

/// <summary>Listed as seriously illegal and dishonest (列入严重违法失信名单).</summary>
[GenerateSerializer, Alias("qm.DishonestyListed"), Effect("high-risk while listed")]
public sealed record DishonestyListed : EnterpriseEvent
{
    [Id(0)]
    public required string ListingNo { get; init; }

    [JsonIgnore]
    public override string Kind => EventKinds.DishonestyListed;
}
