namespace QualityMap.Grains.Supervision;

/// <summary>
/// One journaled catalogue change as decided: its audit entry and the changed products as they are afterwards, so
/// that replaying it needs nothing but itself.
/// </summary>
[GenerateSerializer, Immutable, Alias("qm.CatalogueChange")]
public sealed record CatalogueChange(CatalogueAuditEntry Audit, IReadOnlyList<KeyProduct> Products);
