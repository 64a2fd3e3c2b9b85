namespace QualityMap.Grains.Credit;

/// <summary>
/// The class of a scored object from its accumulated score (Shantou Haojiang 2023 方案 §三(一)). The scheme's
/// 以上/以下 include the number, 高于/不满 exclude it (§五(二)).
/// </summary>
public static class CreditRules
{
    // §三(一): 12分以上 A; 高于6分不满12分 B; 高于0分且6分以下 C; 0分以下 D; 未获得质量信用分 O.
    public static CreditClass ClassOf(decimal? score) => score switch
    {
        null => CreditClass.O,
        >= 12m => CreditClass.A,
        > 6m => CreditClass.B,
        > 0m => CreditClass.C,
        _ => CreditClass.D,
    };

    // §四(二): a D-class operator that commits a new quality violation may be handled as "情节严重".
    public static bool SeriousCircumstances(CreditClass classBeforeViolation, bool isViolation) =>
        isViolation && classBeforeViolation == CreditClass.D;

    // §三(三): the class must never be printed on product labels or used commercially, so the public code page
    // never shows it. §四(一): an A class may be published; dishonest items are published.
    public static CreditPublication Publication(CreditClass creditClass, IReadOnlyList<CreditEntry> entries) => new(
        ShowClassOnPublicCodePage: false,
        MayPublishClass: creditClass == CreditClass.A,
        DishonestItems: [.. entries.Where(e => e.Points < 0)]);
}
