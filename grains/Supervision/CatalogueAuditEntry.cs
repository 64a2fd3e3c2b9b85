namespace QualityMap.Grains.Supervision;

/// <summary>One audited change to the key-product catalogue: who, when, what (zh-CN detail).</summary>
[GenerateSerializer, Immutable, Alias("qm.CatalogueAuditEntry")]
public sealed record CatalogueAuditEntry(DateTimeOffset At, Officer By, string Action, string? ProductCode, string Detail);
