using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using QualityMap.Grains.Enterprises;

namespace QualityMap.Api.Codes.Signing;

/// <summary>
/// The signed part of a verification URL: <c>{uscc}.{keyId}.{signature}</c>. The signature is HMAC-SHA256 over the
/// key id and the enterprise id, truncated to 96 bits: enough against guessing, since every guess needs a request,
/// and short enough to keep the printed symbol small.
/// </summary>
public static class CodeToken
{
    public const int SignatureBytes = 12;
    private const char Separator = '.';

    /// <summary>The longest token: an 18-character credit code, the longest key id and the signature.</summary>
    public static int MaxLength { get; } = 18 + 1 + 8 + 1 + Base64Url.GetEncodedLength(SignatureBytes);

    public static string Sign(string uscc, SigningKey key) =>
        $"{uscc}{Separator}{key.Id}{Separator}{Base64Url.EncodeToString(Mac(uscc, key))}";

    /// <summary>The enterprise id if the token is well formed and signed by a key of the ring; otherwise null.</summary>
    public static string? Verify(string? token, SigningKeyRing ring)
    {
        var parts = token?.Split(Separator);
        if (parts is not [var uscc, var keyId, var signature]) return null;
        if (!UnifiedSocialCreditCode.IsValid(uscc) || ring.Find(keyId) is not { } key) return null;
        if (signature.Length != Base64Url.GetEncodedLength(SignatureBytes)) return null;
        // TryDecodeFromChars throws on a character outside the base64url alphabet, so those are refused first.
        if (!signature.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')) return null;
        Span<byte> given = stackalloc byte[SignatureBytes];
        if (!Base64Url.TryDecodeFromChars(signature, given, out var written) || written != SignatureBytes) return null;
        // Re-encoding must give back the same text, so there is exactly one valid spelling of each signature.
        if (Base64Url.EncodeToString(given) != signature) return null;
        return CryptographicOperations.FixedTimeEquals(given, Mac(uscc, key)) ? uscc : null;
    }

    private static byte[] Mac(string uscc, SigningKey key) =>
        HMACSHA256.HashData(key.Secret, Encoding.UTF8.GetBytes($"qualitymap-code-v1\n{key.Id}\n{uscc}"))[..SignatureBytes];
}
