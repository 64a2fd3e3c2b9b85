using QualityMap.Grains.Codes;

namespace QualityMap.Api.Codes.Signing;

/// <summary>Every key a code may verify with, and the one new codes are signed with.</summary>
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

    /// <summary>
    /// The keys in configuration (<c>Codes:SigningKeys</c>, managed outside the service) and the ring's keys that are
    /// not retired. <c>Codes:ActiveKeyId</c>, when set, chooses the active key; otherwise the ring's last rotation does.
    /// </summary>
    public static SigningKeyRing Compose(IReadOnlyList<SigningKey> configured, string? configuredActiveId, CodeSigningKeySet ring)
    {
        var keys = new List<SigningKey>(configured);
        foreach (var key in ring.Keys)
        {
            if (configured.FirstOrDefault(k => k.Id == key.Id) is { } clash)
            {
                if (!clash.Secret.AsSpan().SequenceEqual(key.Secret))
                    throw new InvalidOperationException($"Codes:SigningKeys:{clash.Id} reuses the id of a key of the service's ring with another secret; choose another id.");
                continue;
            }
            if (!key.Retired) keys.Add(new SigningKey(key.Id, key.Secret));
        }
        return new SigningKeyRing(keys, configuredActiveId ?? ring.ActiveId);
    }
}
