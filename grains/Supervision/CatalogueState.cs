namespace QualityMap.Grains.Supervision;

/// <summary>Persisted state of the key-product catalogue and its audit trail.</summary>
[GenerateSerializer, Alias("qm.CatalogueState")]
public sealed class CatalogueState
{
    [Id(0)]
    public Dictionary<string, KeyProduct> Products { get; set; } = new(StringComparer.Ordinal);
    [Id(1)]
    public List<CatalogueAuditEntry> Audit { get; set; } = [];

    /// <summary>The last journal sequence applied, so a replay applies each change once.</summary>
    [Id(2)]
    public long AppliedSeq { get; set; }
}
