using System.Text.Json.Serialization;

namespace QualityMap.Grains.Events;

/// <summary>Production without the required licence was found (无证生产); holds until a licence is held.</summary>
public sealed record UnlicensedProductionFound : EnterpriseEvent, IProductEvent
{
    public required string ProductCode { get; init; }

    // Omitted when null, so the journaled payload of an event without a brand is what it was before products were scored.
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Brand { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? NiceClass { get; init; }

    [JsonIgnore]
    public override string Kind => EventKinds.UnlicensedProductionFound;
}
