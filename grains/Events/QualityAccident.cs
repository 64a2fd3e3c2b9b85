using System.Text.Json.Serialization;

namespace QualityMap.Grains.Events;

/// <summary>A product quality safety accident (质量安全事故).</summary>
public sealed record QualityAccident : EnterpriseEvent
{
    public required string Description { get; init; }

    [JsonIgnore]
    public override string Kind => EventKinds.QualityAccident;
}
