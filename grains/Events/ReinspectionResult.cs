using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using QualityMap.Grains.Credit;
using QualityMap.Grains.Events.Fields;

namespace QualityMap.Grains.Events;

/// <summary>Result of the re-inspection after rectification (复查).</summary>
[GenerateSerializer, Alias("qm.ReinspectionResult"), Effect("a failed re-inspection is evidence (12 months)")]
public sealed record ReinspectionResult : EnterpriseEvent, IProductEvent
{
    [Id(0)]
    public required string ProductCode { get; init; }

    [Id(1)]
    public required bool Passed { get; init; }

    // Omitted when null, so the journaled payload of an event without a brand is what it was before products were scored.
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [Id(2), MaxLength(ProductName.MaxBrandLength), RequiredWith(nameof(NiceClass), IProductEvent.BothOrNeither)]
    public string? Brand { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [Id(3), Range(ProductName.FirstNiceClass, ProductName.LastNiceClass), RequiredWith(nameof(Brand), IProductEvent.BothOrNeither)]
    public int? NiceClass { get; init; }

    /// <summary>The batch re-inspected, when it was a registered batch's lot: a failure marks that batch 不合格.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [Id(4)]
    public string? BatchNo { get; init; }

    [JsonIgnore]
    public override string Kind => EventKinds.ReinspectionResult;
}
