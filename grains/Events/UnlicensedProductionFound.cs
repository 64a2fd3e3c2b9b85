using System.Text.Json.Serialization;

namespace QualityMap.Grains.Events;

/// <summary>Production without the required licence was found (无证生产); holds until a licence is held.</summary>
public sealed record UnlicensedProductionFound : EnterpriseEvent
{
    public required string ProductCode { get; init; }

    [JsonIgnore]
    public override string Kind => EventKinds.UnlicensedProductionFound;
}
