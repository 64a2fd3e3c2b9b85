namespace QualityMap.Grains.Identity;

/// <summary>
/// A person or machine that may call the service: a role, the region it answers for, and for people a password
/// hash (PBKDF2; the password itself is never stored).
/// </summary>
[GenerateSerializer, Immutable, Alias("qm.Account")]
public sealed record Account(
    string Id,
    string DisplayName,
    Role Role,
    string RegionCode,
    bool IsAdmin,
    string? PasswordHash,
    DateTimeOffset CreatedAt,
    string CreatedBy);
