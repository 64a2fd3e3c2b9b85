using System.Text.RegularExpressions;

namespace QualityMap.Api.Codes.Signing;

/// <summary>One HMAC key. Its id travels in every code it signs, so keys can rotate without invalidating printed codes.</summary>
public sealed partial record SigningKey(string Id, byte[] Secret)
{
    public const int MinimumSecretBytes = 32;

    public static bool IsValidId(string? id) => id is not null && IdPattern().IsMatch(id);

    public static bool TryDecodeSecret(string? base64, out byte[] secret)
    {
        secret = [];
        if (string.IsNullOrWhiteSpace(base64)) return false;
        try
        {
            secret = Convert.FromBase64String(base64);
        }
        catch (FormatException)
        {
            return false;
        }
        return secret.Length >= MinimumSecretBytes;
    }

    [GeneratedRegex("^[a-z0-9]{1,8}$")]
    private static partial Regex IdPattern();
}
