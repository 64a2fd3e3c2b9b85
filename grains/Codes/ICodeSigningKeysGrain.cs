
namespace QualityMap.Grains.Codes;

/// <summary>
/// The code-signing keys of the deployment, in one grain keyed <see cref="Key"/> and stored with the database, so
/// every silo signs and verifies with the same ring and a backup of the database holds the keys.
/// </summary>
public interface ICodeSigningKeysGrain : IGrainWithStringKey
{
    public const string Key = "ring";

    /// <summary>The ring; it has at least one key once <see cref="EnsureAsync"/> ran at start-up.</summary>
    Task<CodeSigningKeySet> GetAsync();

    /// <summary>
    /// At start-up: an empty ring takes <paramref name="imported"/> (the key file an earlier version generated) or,
    /// when there is none, a new key. A ring that has keys is left as it is.
    /// </summary>
    Task<CodeSigningKeySet> EnsureAsync(CodeSigningKey? imported, string by);

    /// <summary>A new key that signs every new code from now on; the others keep verifying until retired.</summary>
    Task<CodeSigningKey> RotateAsync(string by);

    /// <summary>Retires a key: the codes it signed no longer verify.</summary>
    Task<RetireOutcome> RetireAsync(string keyId, string by);
}
