namespace QualityMap.Grains.Credit;

/// <summary>What a producer's supervision grain tells a product's credit grain: a scored item and who produced it.</summary>
[GenerateSerializer, Immutable, Alias("qm.ProductObservation")]
public sealed record ProductObservation(ProductName Product, CreditObservation Observation, string Uscc, string? CountyCode);
