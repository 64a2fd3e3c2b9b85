namespace QualityMap.Grains.Identity;

/// <summary>Persisted state of the identity directory.</summary>
[GenerateSerializer, Alias("qm.IdentityState")]
public sealed class IdentityState
{
    [Id(0)]
    public Dictionary<string, Account> Accounts { get; set; } = new(StringComparer.Ordinal);

    [Id(1)]
    public Dictionary<string, ApiKeyRecord> Keys { get; set; } = new(StringComparer.Ordinal);
}
