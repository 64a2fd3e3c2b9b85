namespace QualityMap.Grains.Identity;

/// <summary>Persisted state of the identity directory.</summary>
public sealed class IdentityState
{
    public Dictionary<string, Account> Accounts { get; set; } = new(StringComparer.Ordinal);

    public Dictionary<string, ApiKeyRecord> Keys { get; set; } = new(StringComparer.Ordinal);
}
