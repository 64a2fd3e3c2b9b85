using System.Text.Json.Serialization;

namespace QualityMap.Grains.Events;

/// <summary>An administrative penalty decision for a product quality violation (行政处罚).</summary>
public sealed record AdministrativePenalty : EnterpriseEvent
{
    /// <summary>The penalty decision document number.</summary>
    public required string DecisionNo { get; init; }

    public string? Violation { get; init; }

    [JsonIgnore]
    public override string Kind => EventKinds.AdministrativePenalty;
}
