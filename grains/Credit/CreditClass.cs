namespace QualityMap.Grains.Credit;

/// <summary>
/// Credit supervision classes of the Guangdong scheme (Shantou Haojiang 2023 方案 §三(一)); O is "never scored".
/// </summary>
public enum CreditClass
{
    O,
    A,
    B,
    C,
    D,
}
