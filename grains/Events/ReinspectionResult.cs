using System.Text.Json.Serialization;

namespace QualityMap.Grains.Events;

/// <summary>Result of the re-inspection after rectification (复查).</summary>
public sealed record ReinspectionResult : EnterpriseEvent
{
    public required string ProductCode { get; init; }

    public required bool Passed { get; init; }

    [JsonIgnore]
    public override string Kind => EventKinds.ReinspectionResult;
}
