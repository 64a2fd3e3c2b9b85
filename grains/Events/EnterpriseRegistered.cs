using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using QualityMap.Grains.Events.Fields;

namespace QualityMap.Grains.Events;

/// <summary>
/// The enterprise's master data: it becomes monitored in its town. Sent again, it updates the master data
/// (name, products, licence) without touching the classification facts.
/// </summary>
[GenerateSerializer, Alias("qm.EnterpriseRegistered"), Effect("monitored in its town; must come before any other event of the enterprise")]
public sealed record EnterpriseRegistered : EnterpriseEvent
{
    public const int MaxProducts = 200;

    [Id(0)]
    public required string Name { get; init; }

    /// <summary>The 9-digit code of the town/street the enterprise is in.</summary>
    [Id(1), TownCode]
    public required string TownCode { get; init; }

    // One enterprise lists each key product once; two grades for one code would make its risk ambiguous.
    [Id(2), Length(1, MaxProducts), UniqueBy(nameof(ProductLine.Code))]
    public required IReadOnlyList<ProductLine> Products { get; init; }

    /// <summary>The production licence number, where the products require one.</summary>
    [Id(3)]
    public string? LicenceNo { get; init; }

    /// <summary>
    /// The address of the enterprise's premises (生产经营场所), which the trace code's scan page shows beside its name
    /// (SAMR 2024 opinion: producers' and sellers' names and addresses are key information on the code). Optional,
    /// because registrations from before traceability carry none.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [Id(4)]
    public string? Address { get; init; }

    [JsonIgnore]
    public override string Kind => EventKinds.EnterpriseRegistered;
}
