namespace QualityMap.Grains.Codes;

/// <summary>The ring as callers see it: the keys (retired ones included, flagged) and the id new codes are signed with.</summary>
[GenerateSerializer, Immutable, Alias("qm.CodeSigningKeySet")]
public sealed record CodeSigningKeySet(IReadOnlyList<CodeSigningKey> Keys, string ActiveId);
