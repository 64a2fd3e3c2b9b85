using System.Security.Cryptography;
using System.Text;

namespace QualityMap.Api.Security;

/// <summary>
/// API keys look like <c>qm_{keyId}_{secret}</c>: the key id finds the record, the secret (32 random bytes,
/// base64url) proves possession. Only SHA-256 of the secret is stored; a random 256-bit secret needs no slow hash.
/// </summary>
public static class ApiKeys
{
    private const string Prefix = "qm_";

    public static (string KeyId, string Secret, string Key) Generate()
    {
        var keyId = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        var secret = Base64Url(RandomNumberGenerator.GetBytes(32));
        return (keyId, secret, $"{Prefix}{keyId}_{secret}");
    }

    public static bool TryParse(string? key, out string keyId, out string secret)
    {
        keyId = secret = "";
        if (key is null || !key.StartsWith(Prefix, StringComparison.Ordinal)) return false;
        var separator = key.IndexOf('_', Prefix.Length);
        if (separator <= Prefix.Length || separator == key.Length - 1) return false;
        keyId = key[Prefix.Length..separator];
        secret = key[(separator + 1)..];
        return true;
    }

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    public static bool Matches(string secret, string storedHash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(secret)), Encoding.ASCII.GetBytes(storedHash));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
