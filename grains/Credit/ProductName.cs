namespace QualityMap.Grains.Credit;

/// <summary>A scored product (方案 §二(二)): the same brand in the same Nice class.</summary>
[GenerateSerializer, Immutable, Alias("qm.ProductName")]
public sealed record ProductName(string Brand, int NiceClass)
{
    public string Key() => CreditObjectKey.Product(Brand, NiceClass);
}
