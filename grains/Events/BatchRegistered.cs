using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using QualityMap.Grains.Events.Fields;

namespace QualityMap.Grains.Events;

/// <summary>
/// A producer gives a batch of a key product its trace code at source (源头赋码, SAMR 2024 traceability opinion): the
/// batch is its GTIN and lot, and carries the key information of the code — production date and inspection
/// certificate — and the other carriers (CCC certificate number, Ecode) that resolve to it. Sent again by the same
/// producer, it corrects the batch; the journal keeps both.
/// </summary>
[GenerateSerializer, Alias("qm.BatchRegistered"), Effect("the batch gets its trace code (GS1 Digital Link); sent again, corrects it")]
public sealed record BatchRegistered : EnterpriseEvent
{
    public const int MaxQuantity = 1_000_000_000;
    public const int MaxAliasLength = 40;

    [Id(0), Gtin]
    public required string Gtin { get; init; }

    /// <summary>The batch/lot number (GS1 AI 10), as printed on the product.</summary>
    [Id(1), Gs1Text("10")]
    public required string Lot { get; init; }

    [Id(2)]
    public required DateOnly ProductionDate { get; init; }

    /// <summary>How many items the batch holds, in the unit the flow events count (each, box…).</summary>
    [Id(3), Range(1, MaxQuantity)]
    public required int Quantity { get; init; }

    /// <summary>The key product's catalogue code, one of the producer's registered products.</summary>
    [Id(4)]
    public required string ProductCode { get; init; }

    [Id(5)]
    public required InspectionCertificate Certificate { get; init; }

    /// <summary>The name on the product's label (型号规格 included), shown on the scan page; the catalogue name if none.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [Id(6)]
    public string? ProductName { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [Id(7)]
    public SerialRange? Serials { get; init; }

    /// <summary>The CCC certificate number (强制性产品认证证书编号), a carrier the opinion allows besides GS1.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [Id(8), MaxLength(MaxAliasLength)]
    public string? CccCertificateNo { get; init; }

    /// <summary>The batch's Ecode (GB/T 31866 物联网标识), another allowed carrier.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [Id(9), MaxLength(MaxAliasLength)]
    public string? Ecode { get; init; }

    [JsonIgnore]
    public override string Kind => EventKinds.BatchRegistered;
}
