using System.Text.Json.Serialization;

namespace QualityMap.Grains.Events;

/// <summary>Result of one supervisory sampling batch (监督抽查).</summary>
public sealed record SamplingResult : EnterpriseEvent
{
    public required string BatchNo { get; init; }

    public required string ProductCode { get; init; }

    public required bool Passed { get; init; }

    [JsonIgnore]
    public override string Kind => EventKinds.SamplingResult;
}
