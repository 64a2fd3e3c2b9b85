using System.Security.Cryptography;

namespace QualityMap.Grains.Codes;

/// <summary>The signing key ring; one turn at a time keeps rotation and retirement free of races.</summary>
[GrainType("code-signing-keys")]
[KeepAlive]
public sealed class CodeSigningKeysGrain(TimeProvider time) : Grain<CodeSigningKeyState>, ICodeSigningKeysGrain
{
    /// <summary>HMAC-SHA256 keys of 256 bits.</summary>
    public const int SecretBytes = 32;

    private const string IdAlphabet = "abcdefghijklmnopqrstuvwxyz0123456789";

    public Task<CodeSigningKeySet> GetAsync() => Task.FromResult(Snapshot());

    public async Task<CodeSigningKeySet> EnsureAsync(CodeSigningKey? imported, string by)
    {
        if (State.Keys.Count > 0) return Snapshot();
        var key = imported ?? NewKey(by);
        State.Keys.Add(key);
        State.ActiveId = key.Id;
        await WriteStateAsync();
        return Snapshot();
    }

    public async Task<CodeSigningKey> RotateAsync(string by)
    {
        var key = NewKey(by);
        State.Keys.Add(key);
        State.ActiveId = key.Id;
        await WriteStateAsync();
        return key;
    }

    public async Task<RetireOutcome> RetireAsync(string keyId, string by)
    {
        var index = State.Keys.FindIndex(k => k.Id == keyId);
        if (index < 0) return RetireOutcome.Unknown;
        if (keyId == State.ActiveId) return RetireOutcome.Active;
        if (State.Keys[index].Retired) return RetireOutcome.AlreadyRetired;
        State.Keys[index] = State.Keys[index] with { RetiredAt = time.GetUtcNow(), RetiredBy = by };
        await WriteStateAsync();
        return RetireOutcome.Retired;
    }

    private CodeSigningKeySet Snapshot() => new([.. State.Keys], State.ActiveId ?? "");

    // "g" and five random characters: random rather than a counter, so an id is not reused after a restore from an
    // older backup and is unlikely to meet an id an operator chose for a key in configuration (start-up checks that).
    private CodeSigningKey NewKey(string by)
    {
        string id;
        do id = "g" + RandomNumberGenerator.GetString(IdAlphabet, 5);
        while (State.Keys.Any(k => k.Id == id));
        return new CodeSigningKey(id, RandomNumberGenerator.GetBytes(SecretBytes), time.GetUtcNow(), by);
    }
}
