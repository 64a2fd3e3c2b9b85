namespace QualityMap.Grains.Identity;

/// <summary>An API key of an account. Only the SHA-256 of its secret is kept; the key is shown once, when created.</summary>
[GenerateSerializer, Immutable, Alias("qm.ApiKeyRecord")]
public sealed record ApiKeyRecord(
    string KeyId,
    string AccountId,
    string SecretHash,
    string Label,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    DateTimeOffset? RevokedAt = null,
    string? RevokedBy = null)
{
    public bool Revoked => RevokedAt is not null;
}
