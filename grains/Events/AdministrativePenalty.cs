using System.Text.Json.Serialization;
using QualityMap.Grains.Events.Fields;

namespace QualityMap.Grains.Events;

/// <summary>An administrative penalty decision for a product quality violation (行政处罚).</summary>
[GenerateSerializer, Alias("qm.AdministrativePenalty"), Effect("evidence (24 months)")]
public sealed record AdministrativePenalty : EnterpriseEvent
{
    /// <summary>The penalty decision document number.</summary>
    [Id(0)]
    public required string DecisionNo { get; init; }

    [Id(1)]
    public string? Violation { get; init; }

    [JsonIgnore]
    public override string Kind => EventKinds.AdministrativePenalty;
}
