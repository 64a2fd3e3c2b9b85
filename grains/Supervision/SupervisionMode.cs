namespace QualityMap.Grains.Supervision;

/// <summary>
/// How an enterprise is supervised. Jiaxing's matrix uses strict (加严), routine (日常) and credit-based (信用);
/// the credit scheme's levels are general (一般), tracking (跟踪), key (重点), special (特别) and reactive (反应式).
/// </summary>
public enum SupervisionMode
{
    Strict,
    Routine,
    CreditBased,
    General,
    Tracking,
    Key,
    Special,
    Reactive,
}
