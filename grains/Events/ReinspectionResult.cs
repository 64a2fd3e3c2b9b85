using System.Text.Json.Serialization;

namespace QualityMap.Grains.Events;

/// <summary>Result of the re-inspection after rectification (复查).</summary>
[GenerateSerializer, Alias("qm.ReinspectionResult")]
public sealed record ReinspectionResult : EnterpriseEvent, IProductEvent
{
    [Id(0)]
    public required string ProductCode { get; init; }

    [Id(1)]
    public required bool Passed { get; init; }

    // Omitted when null, so the journaled payload of an event without a brand is what it was before products were scored.
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [Id(2)]
    public string? Brand { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [Id(3)]
    public int? NiceClass { get; init; }

    [JsonIgnore]
    public override string Kind => EventKinds.ReinspectionResult;
}
