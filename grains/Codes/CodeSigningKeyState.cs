namespace QualityMap.Grains.Codes;

/// <summary>Persisted state of the signing key ring: every key ever made (retired ones stay, for the record) and the active one.</summary>
public sealed class CodeSigningKeyState
{
    public List<CodeSigningKey> Keys { get; set; } = [];

    public string? ActiveId { get; set; }
}
