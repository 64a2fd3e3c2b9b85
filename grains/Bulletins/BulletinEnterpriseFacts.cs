using QualityMap.Grains.Classification;

namespace QualityMap.Grains.Bulletins;

/// <summary>
/// One high-risk enterprise of the warned county as the bulletin names it: who, where, and why (its class reasons and
/// when their evidence occurred; null in a bulletin journaled before the dates were read).
/// </summary>
[GenerateSerializer, Immutable, Alias("qm.BulletinEnterpriseFacts")]
public sealed record BulletinEnterpriseFacts(
    string Uscc,
    string Name,
    string? TownCode,
    IReadOnlyList<ClassReason> Reasons,
    IReadOnlyList<EvidenceDate>? Evidence = null);
