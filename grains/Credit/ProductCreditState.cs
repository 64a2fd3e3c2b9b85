namespace QualityMap.Grains.Credit;

/// <summary>Persisted state of one product's credit: its name, every scored observation and the producers seen.</summary>
public sealed class ProductCreditState
{
    public ProductName? Product { get; set; }
    public List<CreditObservation> Observations { get; set; } = [];
    public Dictionary<string, ProductProducer> Producers { get; set; } = new(StringComparer.Ordinal);
}
