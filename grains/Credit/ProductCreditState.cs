namespace QualityMap.Grains.Credit;

/// <summary>Persisted state of one product's credit: its name, every scored observation and the producers seen.</summary>
[GenerateSerializer, Alias("qm.ProductCreditState")]
public sealed class ProductCreditState
{
    [Id(0)]
    public ProductName? Product { get; set; }
    [Id(1)]
    public List<CreditObservation> Observations { get; set; } = [];
    [Id(2)]
    public Dictionary<string, ProductProducer> Producers { get; set; } = new(StringComparer.Ordinal);
}
