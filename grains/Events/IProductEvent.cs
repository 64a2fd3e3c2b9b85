namespace QualityMap.Grains.Events;

/// <summary>
/// An event about one product, which may name it as the credit scheme scores products (方案 §二(二)): its brand and
/// its Nice class (商标注册用商品国际分类的大类, 1–45). Both or neither: the ingestion parser refuses one alone.
/// </summary>
public interface IProductEvent
{
    /// <summary>Why the parser wants both fields or neither, for its message.</summary>
    public const string BothOrNeither = "a product is a brand in a Nice class (1-45)";

    string? Brand { get; }

    int? NiceClass { get; }
}
