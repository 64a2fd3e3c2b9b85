using System.Text.Json.Serialization;

namespace QualityMap.Grains.Events;

/// <summary>Production without the required licence was found (无证生产); holds until a licence is held.</summary>
[GenerateSerializer, Alias("qm.UnlicensedProductionFound")]
public sealed record UnlicensedProductionFound : EnterpriseEvent, IProductEvent
{
    [Id(0)]
    public required string ProductCode { get; init; }

    // Omitted when null, so the journaled payload of an event without a brand is what it was before products were scored.
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [Id(1)]
    public string? Brand { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [Id(2)]
    public int? NiceClass { get; init; }

    [JsonIgnore]
    public override string Kind => EventKinds.UnlicensedProductionFound;
}
