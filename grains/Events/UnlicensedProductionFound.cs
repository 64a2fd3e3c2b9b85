using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using QualityMap.Grains.Credit;
using QualityMap.Grains.Events.Fields;

namespace QualityMap.Grains.Events;

/// <summary>Production without the required licence was found (无证生产); holds until a licence is held.</summary>
[GenerateSerializer, Alias("qm.UnlicensedProductionFound"), Effect("high-risk until a licence is held (`licence_restored`)")]
public sealed record UnlicensedProductionFound : EnterpriseEvent, IProductEvent
{
    [Id(0)]
    public required string ProductCode { get; init; }

    // Omitted when null, so the journaled payload of an event without a brand is what it was before products were scored.
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [Id(1), MaxLength(ProductName.MaxBrandLength), RequiredWith(nameof(NiceClass), IProductEvent.BothOrNeither)]
    public string? Brand { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [Id(2), Range(ProductName.FirstNiceClass, ProductName.LastNiceClass), RequiredWith(nameof(Brand), IProductEvent.BothOrNeither)]
    public int? NiceClass { get; init; }

    [JsonIgnore]
    public override string Kind => EventKinds.UnlicensedProductionFound;
}
