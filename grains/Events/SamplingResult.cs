using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using QualityMap.Grains.Credit;
using QualityMap.Grains.Events.Fields;

namespace QualityMap.Grains.Events;

/// <summary>Result of one supervisory sampling batch (监督抽查).</summary>
[GenerateSerializer, Alias("qm.SamplingResult"), Effect("a failed batch is evidence (12 months)")]
public sealed record SamplingResult : EnterpriseEvent, IProductEvent
{
    [Id(0)]
    public required string BatchNo { get; init; }

    [Id(1)]
    public required string ProductCode { get; init; }

    [Id(2)]
    public required bool Passed { get; init; }

    // Omitted when null, so the journaled payload of an event without a brand is what it was before products were scored.
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [Id(3), MaxLength(ProductName.MaxBrandLength), RequiredWith(nameof(NiceClass), IProductEvent.BothOrNeither)]
    public string? Brand { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [Id(4), Range(ProductName.FirstNiceClass, ProductName.LastNiceClass), RequiredWith(nameof(Brand), IProductEvent.BothOrNeither)]
    public int? NiceClass { get; init; }

    [JsonIgnore]
    public override string Kind => EventKinds.SamplingResult;
}
