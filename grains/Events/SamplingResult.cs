using System.Text.Json.Serialization;

namespace QualityMap.Grains.Events;

/// <summary>Result of one supervisory sampling batch (监督抽查).</summary>
public sealed record SamplingResult : EnterpriseEvent, IProductEvent
{
    public required string BatchNo { get; init; }

    public required string ProductCode { get; init; }

    public required bool Passed { get; init; }

    // Omitted when null, so the journaled payload of an event without a brand is what it was before products were scored.
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Brand { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? NiceClass { get; init; }

    [JsonIgnore]
    public override string Kind => EventKinds.SamplingResult;
}
