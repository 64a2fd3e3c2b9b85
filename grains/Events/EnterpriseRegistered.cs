using System.Text.Json.Serialization;

namespace QualityMap.Grains.Events;

/// <summary>
/// The enterprise's master data: it becomes monitored in its town. Sent again, it updates the master data
/// (name, products, licence) without touching the classification facts.
/// </summary>
[GenerateSerializer, Alias("qm.EnterpriseRegistered")]
public sealed record EnterpriseRegistered : EnterpriseEvent
{
    [Id(0)]
    public required string Name { get; init; }

    /// <summary>The 9-digit code of the town/street the enterprise is in.</summary>
    [Id(1)]
    public required string TownCode { get; init; }

    [Id(2)]
    public required IReadOnlyList<ProductLine> Products { get; init; }

    /// <summary>The production licence number, where the products require one.</summary>
    [Id(3)]
    public string? LicenceNo { get; init; }

    [JsonIgnore]
    public override string Kind => EventKinds.EnterpriseRegistered;
}
