using System.Security.Cryptography;
using System.Text;

namespace QualityMap.Tests.Codes;

/// <summary>
/// The token scheme of the README, written out again on the test side: {uscc}.{keyId}.{base64url(HMAC-SHA256(secret,
/// "qualitymap-code-v1\n{keyId}\n{uscc}")[..12])}. Tests check the service's tokens against it and forge tokens with it.
/// </summary>
public static class TestSignature
{
    public static readonly byte[] FirstSecret = [.. Enumerable.Range(1, 32).Select(i => (byte)i)];
    public static readonly byte[] SecondSecret = [.. Enumerable.Range(101, 32).Select(i => (byte)i)];

    public static string Token(string uscc, string keyId, byte[] secret)
    {
        var mac = HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes($"qualitymap-code-v1\n{keyId}\n{uscc}"))[..12];
        return $"{uscc}.{keyId}.{Convert.ToBase64String(mac).TrimEnd('=').Replace('+', '-').Replace('/', '_')}";
    }

    /// <summary>Host settings with the given keys (id → secret) and the active one.</summary>
    public static Dictionary<string, string?> Settings(string activeKeyId, params (string Id, byte[] Secret)[] keys)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Codes:PublicBaseUrl"] = CodeHost.PublicBaseUrl,
            ["Codes:ActiveKeyId"] = activeKeyId,
        };
        foreach (var (id, secret) in keys) settings[$"Codes:SigningKeys:{id}"] = Convert.ToBase64String(secret);
        return settings;
    }
}
