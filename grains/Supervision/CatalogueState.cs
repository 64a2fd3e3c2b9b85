namespace QualityMap.Grains.Supervision;

/// <summary>Persisted state of the key-product catalogue and its audit trail.</summary>
public sealed class CatalogueState
{
    public Dictionary<string, KeyProduct> Products { get; set; } = new(StringComparer.Ordinal);
    public List<CatalogueAuditEntry> Audit { get; set; } = [];

    /// <summary>The last journal sequence applied, so a replay applies each change once.</summary>
    public long AppliedSeq { get; set; }
}
