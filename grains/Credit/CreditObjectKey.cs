namespace QualityMap.Grains.Credit;

/// <summary>
/// A scored object (方案 §二(二)): an operator (its unified social credit code) or a product — the same brand
/// in the same Nice class (商标注册用商品国际分类的大类, 1–45).
/// </summary>
public static class CreditObjectKey
{
    public static string Operator(string uscc) => $"operator:{uscc}";

    public static string Product(string brand, int niceClass)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(brand);
        ArgumentOutOfRangeException.ThrowIfLessThan(niceClass, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(niceClass, 45);
        return $"product:{brand.Trim()}|{niceClass}";
    }
}
