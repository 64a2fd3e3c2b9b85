using System.Text.Json;
using QualityMap.Grains.Codes;

namespace QualityMap.Api.Codes.Signing;

/// <summary>
/// The key file <c>code-signing-key.json</c> that versions before the key ring generated beside the database. Read
/// once, at the first start of this version, into the ring (stored in the database), so the codes it signed keep
/// verifying; this version never writes it.
/// </summary>
public static class LegacySigningKeyFile
{
    public const string FileName = "code-signing-key.json";

    /// <summary>The key of the file in <paramref name="directory"/>, or null when there is none.</summary>
    public static CodeSigningKey? Load(string directory)
    {
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path)) return null;
        var stored = JsonSerializer.Deserialize<StoredKey>(File.ReadAllText(path));
        if (stored is null || !SigningKey.IsValidId(stored.Id) || !SigningKey.TryDecodeSecret(stored.Secret, out var secret))
            throw new InvalidOperationException($"The code signing key file {path} is damaged; restore it from a backup, or printed codes stop verifying.");
        // The file was written once, when the key was generated: its time is the key's creation time.
        return new CodeSigningKey(stored.Id, secret, new DateTimeOffset(File.GetLastWriteTimeUtc(path), TimeSpan.Zero), "key-file");
    }

    private sealed record StoredKey(string Id, string Secret);
}
