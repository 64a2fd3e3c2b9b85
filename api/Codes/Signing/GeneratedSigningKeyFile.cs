using System.Security.Cryptography;
using System.Text.Json;

namespace QualityMap.Api.Codes.Signing;

/// <summary>
/// The key generated on first start when none is configured, kept beside the database. It is read on every start
/// (even once keys are configured) so the codes it signed keep verifying after an operator switches to managed keys.
/// </summary>
public static class GeneratedSigningKeyFile
{
    public const string FileName = "code-signing-key.json";

    /// <summary>The stored key; when there is none and <paramref name="create"/> is set, a new one is generated and stored.</summary>
    public static SigningKey? Load(string directory, bool create)
    {
        var path = Path.Combine(directory, FileName);
        if (File.Exists(path)) return Read(path);
        if (!create) return null;

        var key = new SigningKey(NewId(), RandomNumberGenerator.GetBytes(SigningKey.MinimumSecretBytes));
        Directory.CreateDirectory(directory);
        var temporary = path + ".tmp";
        var json = JsonSerializer.Serialize(new StoredKey(key.Id, Convert.ToBase64String(key.Secret)));
        File.WriteAllText(temporary, json);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(temporary, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        File.Move(temporary, path);
        return key;
    }

    private static SigningKey Read(string path)
    {
        var stored = JsonSerializer.Deserialize<StoredKey>(File.ReadAllText(path));
        if (stored is null || !SigningKey.IsValidId(stored.Id) || !SigningKey.TryDecodeSecret(stored.Secret, out var secret))
            throw new InvalidOperationException($"The code signing key file {path} is damaged; restore it from a backup, or printed codes stop verifying.");
        return new SigningKey(stored.Id, secret);
    }

    // Random rather than a counter, so it cannot clash with the ids an operator later picks for managed keys.
    private static string NewId() => "g" + RandomNumberGenerator.GetString("abcdefghijklmnopqrstuvwxyz0123456789", 5);

    private sealed record StoredKey(string Id, string Secret);
}
