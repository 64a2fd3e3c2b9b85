namespace QualityMap.Grains.Warnings;

/// <summary>The acceptance sampling of one high-risk enterprise (§4.2.3.1): batches sampled and batches failed.</summary>
[GenerateSerializer, Immutable, Alias("qm.AcceptanceSample")]
public sealed record AcceptanceSample(string Uscc, int BatchesSampled, int BatchesFailed);
