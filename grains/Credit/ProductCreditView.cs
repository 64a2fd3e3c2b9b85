namespace QualityMap.Grains.Credit;

/// <summary>
/// A product's credit as a bureau sees it: the standing (score, class, entries with their event ids), the measures
/// of its class, the publication rules (the class is never on the public code page) and the producers seen.
/// </summary>
[GenerateSerializer, Immutable, Alias("qm.ProductCreditView")]
public sealed record ProductCreditView(
    string Brand,
    int NiceClass,
    CreditStanding Credit,
    CreditMeasures Measures,
    CreditPublication Publication,
    IReadOnlyList<ProductProducer> Producers);
