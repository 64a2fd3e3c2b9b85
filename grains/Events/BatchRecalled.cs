using System.Text.Json.Serialization;
using QualityMap.Grains.Events.Fields;

namespace QualityMap.Grains.Events;

/// <summary>
/// A recall (召回) of one registered batch, under the document that orders or announces it: the batch's scan page
/// shows 召回 from then on, and every county bureau whose sellers hold the batch is alerted. The enterprise is the
/// batch's producer; the city bureau declares it through its own endpoint, a bureau system may send it as an event.
/// </summary>
[GenerateSerializer, Alias("qm.BatchRecalled"), Effect("the batch is 召回 on its scan page; the counties whose sellers hold it are alerted")]
public sealed record BatchRecalled : EnterpriseEvent
{
    [Id(0), Gtin]
    public required string Gtin { get; init; }

    [Id(1), Gs1Text("10")]
    public required string Lot { get; init; }

    /// <summary>The number of the recall document (召回文书编号).</summary>
    [Id(2)]
    public required string DocumentNo { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [Id(3)]
    public string? Reason { get; init; }

    [JsonIgnore]
    public override string Kind => EventKinds.BatchRecalled;
}
