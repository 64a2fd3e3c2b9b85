namespace QualityMap.Grains.Identity;

/// <summary>
/// A person or machine that may call the service: a role, the region it answers for, and for people a password
/// hash (PBKDF2; the password itself is never stored). A seller's account names its business: the unified social
/// credit code its flow events are recorded under, and the address of its premises.
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
    string CreatedBy,
    string? Uscc = null,
    string? Address = null);
