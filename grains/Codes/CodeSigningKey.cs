namespace QualityMap.Grains.Codes;

/// <summary>
/// One HMAC key quality safety codes are signed with (DB3304/T 056 §5: the code carries a signed link). Its id
/// travels in every code it signs, so keys rotate without invalidating printed codes; a retired key's codes no
/// longer verify (the public sees 二维码无效).
/// </summary>
[GenerateSerializer, Immutable, Alias("qm.CodeSigningKey")]
public sealed record CodeSigningKey(
    string Id,
    byte[] Secret,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    DateTimeOffset? RetiredAt = null,
    string? RetiredBy = null)
{
    public bool Retired => RetiredAt is not null;
}
