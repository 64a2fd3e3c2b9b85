using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using QualityMap.Grains.Credit;
using QualityMap.Grains.Events.Fields;

namespace QualityMap.Grains.Events;

/// <summary>A product quality safety accident (质量安全事故).</summary>
[GenerateSerializer, Alias("qm.QualityAccident"), Effect("evidence (24 months)")]
public sealed record QualityAccident : EnterpriseEvent, IProductEvent
{
    [Id(0)]
    public required string Description { get; init; }

    // Omitted when null, so the journaled payload of an event without a brand is what it was before products were scored.
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [Id(1), MaxLength(ProductName.MaxBrandLength), RequiredWith(nameof(NiceClass), IProductEvent.BothOrNeither)]
    public string? Brand { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [Id(2), Range(ProductName.FirstNiceClass, ProductName.LastNiceClass), RequiredWith(nameof(Brand), IProductEvent.BothOrNeither)]
    public int? NiceClass { get; init; }

    [JsonIgnore]
    public override string Kind => EventKinds.QualityAccident;
}
