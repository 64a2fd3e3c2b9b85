namespace QualityMap.Api.Codes.Signing;

/// <summary>Every key a code may have been signed with, and the one new codes are signed with.</summary>
public sealed class SigningKeyRing
{
    private readonly Dictionary<string, SigningKey> _keys;

    public SigningKeyRing(IEnumerable<SigningKey> keys, string activeKeyId)
    {
        _keys = keys.ToDictionary(k => k.Id, StringComparer.Ordinal);
        Active = _keys[activeKeyId];
    }

    public SigningKey Active { get; }

    public SigningKey? Find(string id) => _keys.GetValueOrDefault(id);

    /// <summary>The configured keys plus the generated one (created on first start when none is configured).</summary>
    public static SigningKeyRing Load(CodesOptions options)
    {
        var keys = options.SigningKeys.Select(pair =>
            SigningKey.TryDecodeSecret(pair.Value, out var secret) ? new SigningKey(pair.Key, secret)
                : throw new InvalidOperationException($"Codes:SigningKeys:{pair.Key} is not a valid secret.")).ToList();
        var generated = GeneratedSigningKeyFile.Load(options.KeyDirectory!, create: keys.Count == 0);
        if (generated is not null)
        {
            if (keys.Find(k => k.Id == generated.Id) is { } clash && !clash.Secret.AsSpan().SequenceEqual(generated.Secret))
                throw new InvalidOperationException($"Codes:SigningKeys:{clash.Id} reuses the id of the generated key with another secret; choose another id.");
            if (!keys.Any(k => k.Id == generated.Id)) keys.Add(generated);
        }
        return new SigningKeyRing(keys, options.SigningKeys.Count > 0 ? options.ActiveKeyId! : generated!.Id);
    }
}
