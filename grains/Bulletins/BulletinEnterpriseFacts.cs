using QualityMap.Grains.Classification;

namespace QualityMap.Grains.Bulletins;

/// <summary>One high-risk enterprise of the warned county as the bulletin names it: who, where, and why (its class reasons).</summary>
[GenerateSerializer, Immutable, Alias("qm.BulletinEnterpriseFacts")]
public sealed record BulletinEnterpriseFacts(string Uscc, string Name, string? TownCode, IReadOnlyList<ClassReason> Reasons);
