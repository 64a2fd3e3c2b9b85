namespace QualityMap.Grains.Credit;

/// <summary>A scored product (方案 §二(二)): the same brand in the same Nice class.</summary>
[GenerateSerializer, Immutable, Alias("qm.ProductName")]
public sealed record ProductName(string Brand, int NiceClass)
{
    public const int MaxBrandLength = 50;

    // The classes of the Nice classification (商标注册用商品国际分类): 1–45.
    public const int FirstNiceClass = 1;
    public const int LastNiceClass = 45;

    public string Key() => CreditObjectKey.Product(Brand, NiceClass);
}
