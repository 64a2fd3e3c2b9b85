
namespace QualityMap.Grains.Identity;

/// <summary>
/// One grain for the whole directory: accounts and keys change rarely and are few (a city's bureaus, its ingest
/// clients and walls), and one turn at a time keeps creation and revocation free of races.
/// </summary>
[GrainType("identity-directory")]
[KeepAlive]
public sealed class IdentityDirectoryGrain(TimeProvider time) : Grain<IdentityState>, IIdentityDirectoryGrain
{
    public Task<Account?> GetAccountAsync(string accountId) => Task.FromResult(State.Accounts.GetValueOrDefault(accountId));

    public Task<IReadOnlyList<Account>> ListAccountsAsync() =>
        Task.FromResult<IReadOnlyList<Account>>([.. State.Accounts.Values.OrderBy(a => a.Id, StringComparer.Ordinal)]);

    public async Task<bool> TryCreateAccountAsync(Account account)
    {
        if (!State.Accounts.TryAdd(account.Id, account)) return false;
        await WriteStateAsync();
        return true;
    }

    public async Task<bool> AddApiKeyAsync(ApiKeyRecord key)
    {
        if (!State.Accounts.ContainsKey(key.AccountId) || !State.Keys.TryAdd(key.KeyId, key)) return false;
        await WriteStateAsync();
        return true;
    }

    public async Task<ApiKeyRecord?> RevokeApiKeyAsync(string keyId, string by)
    {
        if (!State.Keys.TryGetValue(keyId, out var key)) return null;
        if (key.Revoked) return key;
        State.Keys[keyId] = key = key with { RevokedAt = time.GetUtcNow(), RevokedBy = by };
        await WriteStateAsync();
        return key;
    }

    public Task<IReadOnlyList<ApiKeyRecord>> ListApiKeysAsync() =>
        Task.FromResult<IReadOnlyList<ApiKeyRecord>>([.. State.Keys.Values.OrderBy(k => k.CreatedAt).ThenBy(k => k.KeyId, StringComparer.Ordinal)]);

    public Task<(Account Account, ApiKeyRecord Key)?> FindApiKeyAsync(string keyId) => Task.FromResult<(Account, ApiKeyRecord)?>(
        State.Keys.TryGetValue(keyId, out var key) && State.Accounts.TryGetValue(key.AccountId, out var account) ? (account, key) : null);
}
