
namespace QualityMap.Grains.Identity;

/// <summary>The accounts and API keys of the deployment, in one grain keyed <see cref="Key"/>.</summary>
public interface IIdentityDirectoryGrain : IGrainWithStringKey
{
    public const string Key = "directory";

    Task<Account?> GetAccountAsync(string accountId);

    Task<IReadOnlyList<Account>> ListAccountsAsync();

    /// <summary>Creates the account; false when the id is taken (the existing account is left as it is).</summary>
    Task<bool> TryCreateAccountAsync(Account account);

    /// <summary>Stores a new key of an existing account; false when the account does not exist.</summary>
    Task<bool> AddApiKeyAsync(ApiKeyRecord key);

    /// <summary>Revokes a key; null when no key has the id, the key as it is when revoked already.</summary>
    Task<ApiKeyRecord?> RevokeApiKeyAsync(string keyId, string by);

    Task<IReadOnlyList<ApiKeyRecord>> ListApiKeysAsync();

    /// <summary>The key with its account, for authentication; null when either is unknown.</summary>
    Task<(Account Account, ApiKeyRecord Key)?> FindApiKeyAsync(string keyId);
}
