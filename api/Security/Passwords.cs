using System.Security.Cryptography;

namespace QualityMap.Api.Security;

/// <summary>
/// Password hashes for people: PBKDF2-HMAC-SHA256 with a random salt, written as
/// <c>pbkdf2-sha256${iterations}${salt}${hash}</c> so the cost can rise later without invalidating old hashes.
/// </summary>
public static class Passwords
{
    private const int Iterations = 210_000;   // OWASP's 2023 figure for PBKDF2-HMAC-SHA256
    private const string Scheme = "pbkdf2-sha256";

    public static string Hash(string password)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        var hash = Rfc2898DeriveBytes.Pbkdf2(password, salt, Iterations, HashAlgorithmName.SHA256, 32);
        return $"{Scheme}${Iterations}${Convert.ToBase64String(salt)}${Convert.ToBase64String(hash)}";
    }

    public static bool Verify(string password, string? stored)
    {
        var parts = stored?.Split('$');
        if (parts is not [Scheme, var iterationsText, var saltText, var hashText] || !int.TryParse(iterationsText, out var iterations)) return false;
        var expected = Convert.FromBase64String(hashText);
        var actual = Rfc2898DeriveBytes.Pbkdf2(password, Convert.FromBase64String(saltText), iterations, HashAlgorithmName.SHA256, expected.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }
}
