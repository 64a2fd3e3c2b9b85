using QualityMap.Grains.Enterprises;
using QualityMap.Grains.Identity;
using QualityMap.Grains.Regions;

namespace QualityMap.Api.Security;

/// <summary>Creates accounts and keys with their secrets hashed; the one place secrets are turned into hashes.</summary>
public sealed class AccountService(IGrainFactory grains, RegionTree tree, TimeProvider time)
{
    private IIdentityDirectoryGrain Directory => grains.GetGrain<IIdentityDirectoryGrain>(IIdentityDirectoryGrain.Key);

    /// <summary>Why the account cannot be made, naming the field; null when it can.</summary>
    public (string Field, string Rule, string Detail)? Check(string id, Role role, string regionCode, string? password, string? uscc = null)
    {
        if (string.IsNullOrWhiteSpace(id) || id.Length > 64 || !id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
            return ("id", "account-id", "id must be 1–64 of [A-Za-z0-9._-].");
        if (tree.Find(regionCode) is not { } region)
            return ("regionCode", "must-exist", $"No region has the code '{regionCode}'.");
        var expected = role switch
        {
            Role.CountyBureau => RegionLevel.County,
            Role.Seller => RegionLevel.Town,
            _ => RegionLevel.City,
        };
        if (region.Level != expected)
            return ("regionCode", "level-of-role", $"A {role} answers for a {expected.ToString().ToLowerInvariant()}, and {regionCode} is a {region.Level.ToString().ToLowerInvariant()}.");
        if (role == Role.Seller && UnifiedSocialCreditCode.Explain(uscc) is { } reason)
            return ("uscc", "uscc-check-character", $"A seller is bound to its unified social credit code (GB 32100): {reason}.");
        if (role != Role.Seller && uscc is not null)
            return ("uscc", "sellers-only", "Only a seller's account is bound to a unified social credit code.");
        if (password is { Length: < 12 })
            return ("password", "min-length", "password must have at least 12 characters.");
        return null;
    }

    /// <summary>Creates the account unless its id is taken; returns whether it was created.</summary>
    public Task<bool> CreateAccountAsync(
        string id, string displayName, Role role, string regionCode, bool isAdmin, string? password, string by,
        string? uscc = null, string? address = null) =>
        Directory.TryCreateAccountAsync(new Account(
            id, displayName, role, regionCode, isAdmin, password is null ? null : Passwords.Hash(password), time.GetUtcNow(), by, uscc, address));

    /// <summary>A new key of the account; the plain key is returned here once and never stored.</summary>
    public async Task<(ApiKeyRecord Record, string Key)?> CreateApiKeyAsync(string accountId, string label, string by)
    {
        var (keyId, secret, key) = ApiKeys.Generate();
        var record = new ApiKeyRecord(keyId, accountId, ApiKeys.Hash(secret), label, time.GetUtcNow(), by);
        return await Directory.AddApiKeyAsync(record) ? (record, key) : null;
    }

    /// <summary>Stores a key whose plain form the caller chose (fixed demo and test keys); false when it exists.</summary>
    public Task<bool> AddKnownApiKeyAsync(string accountId, string key, string label, string by) =>
        ApiKeys.TryParse(key, out var keyId, out var secret)
            ? Directory.AddApiKeyAsync(new ApiKeyRecord(keyId, accountId, ApiKeys.Hash(secret), label, time.GetUtcNow(), by))
            : throw new ArgumentException("Not an API key of the form qm_{keyId}_{secret}.", nameof(key));

    public async Task<Account?> SignInAsync(string id, string password)
    {
        var account = await Directory.GetAccountAsync(id);
        return account is not null && Passwords.Verify(password, account.PasswordHash) ? account : null;
    }
}
