namespace QualityMap.Grains.Codes;

/// <summary>Persisted state of the signing key ring: every key ever made (retired ones stay, for the record) and the active one.</summary>
[GenerateSerializer, Alias("qm.CodeSigningKeyState")]
public sealed class CodeSigningKeyState
{
    [Id(0)]
    public List<CodeSigningKey> Keys { get; set; } = [];

    [Id(1)]
    public string? ActiveId { get; set; }
}
