using System.Text.Json.Serialization;

namespace QualityMap.Grains.Events;

/// <summary>A product quality safety accident (质量安全事故).</summary>
[GenerateSerializer, Alias("qm.QualityAccident")]
public sealed record QualityAccident : EnterpriseEvent, IProductEvent
{
    [Id(0)]
    public required string Description { get; init; }

    // Omitted when null, so the journaled payload of an event without a brand is what it was before products were scored.
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [Id(1)]
    public string? Brand { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [Id(2)]
    public int? NiceClass { get; init; }

    [JsonIgnore]
    public override string Kind => EventKinds.QualityAccident;
}
