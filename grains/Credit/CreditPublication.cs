namespace QualityMap.Grains.Credit;

/// <summary>What may be made public about a scored object (方案 §三(三), §四(一)).</summary>
[GenerateSerializer, Immutable, Alias("qm.CreditPublication")]
public sealed record CreditPublication(bool ShowClassOnPublicCodePage, bool MayPublishClass, IReadOnlyList<CreditEntry> DishonestItems);
