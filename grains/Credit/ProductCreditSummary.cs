namespace QualityMap.Grains.Credit;

/// <summary>A product's score and class, as the supervision view of one of its producers lists it.</summary>
[GenerateSerializer, Immutable, Alias("qm.ProductCreditSummary")]
public sealed record ProductCreditSummary(string Brand, int NiceClass, decimal? Score, CreditClass Class);
