using QualityMap.Grains.Colouring;

namespace QualityMap.Grains.Credit;

/// <summary>
/// The Guangdong/Shantou credit scheme (section "Credit"): the point table, the yearly measures per class and the
/// map thresholds on the share of C+D operators. Only the class boundaries and the minimum samplings of B/C/D are
/// fixed by the seed (方案 §三); everything else is a documented default.
/// </summary>
public sealed class CreditOptions
{
    public const string SectionName = "Credit";

    public CreditPointTable Points { get; set; } = new();

    /// <summary>A: random draws per year before the random coefficient is applied (双随机 general supervision).</summary>
    public ClassMeasureOptions A { get; set; } = new() { SamplingsPerYear = 2, InspectionsPerYear = 1 };

    // 方案 §三(二)2–4: B ≥ 1, C ≥ 2, D ≥ 4 samplings or inspections a year.
    public ClassMeasureOptions B { get; set; } = new() { SamplingsPerYear = 1, InspectionsPerYear = 1 };
    public ClassMeasureOptions C { get; set; } = new() { SamplingsPerYear = 2, InspectionsPerYear = 2 };
    public ClassMeasureOptions D { get; set; } = new() { SamplingsPerYear = 4, InspectionsPerYear = 4 };

    /// <summary>O (never scored) is supervised reactively: nothing is planned until it is scored.</summary>
    public ClassMeasureOptions O { get; set; } = new() { SamplingsPerYear = 0, InspectionsPerYear = 0 };

    /// <summary>A's random coefficient; lowered after <see cref="CleanChecksToLowerCoefficient"/> clean checks in a row.</summary>
    public decimal RandomCoefficient { get; set; } = 1m;
    public decimal LoweredRandomCoefficient { get; set; } = 0.5m;
    public int CleanChecksToLowerCoefficient { get; set; } = 2;

    /// <summary>Map thresholds on the share of C+D operators among the scored operators of a region.</summary>
    public ColourThresholds Colour { get; set; } = new() { RedPercent = 20m, OrangePercent = 10m, YellowPercent = 5m };

    public ClassMeasureOptions For(CreditClass creditClass) => creditClass switch
    {
        CreditClass.A => A,
        CreditClass.B => B,
        CreditClass.C => C,
        CreditClass.D => D,
        _ => O,
    };

    public IEnumerable<string> Validate()
    {
        foreach (var error in Points.Validate($"{SectionName}:Points")) yield return error;
        foreach (var error in Colour.Validate($"{SectionName}:Colour")) yield return error;
        // 方案 §三(二): the minimums are "每年实施 N 次以上"; configuration may raise them, never lower them.
        if (B.SamplingsPerYear < 1) yield return $"{SectionName}:B:SamplingsPerYear must be at least 1 (方案 §三(二)2).";
        if (C.SamplingsPerYear < 2) yield return $"{SectionName}:C:SamplingsPerYear must be at least 2 (方案 §三(二)3).";
        if (D.SamplingsPerYear < 4) yield return $"{SectionName}:D:SamplingsPerYear must be at least 4 (方案 §三(二)4).";
        foreach (var (name, measure) in new[] { ("A", A), ("B", B), ("C", C), ("D", D), ("O", O) })
        {
            if (measure.SamplingsPerYear is < 0 or > 52 || measure.InspectionsPerYear is < 0 or > 52)
                yield return $"{SectionName}:{name}: samplings and inspections per year must be between 0 and 52.";
        }
        if (!(0m < LoweredRandomCoefficient && LoweredRandomCoefficient <= RandomCoefficient && RandomCoefficient <= 1m))
            yield return $"{SectionName}: random coefficients must satisfy 0 < lowered <= normal <= 1.";
        if (CleanChecksToLowerCoefficient < 1) yield return $"{SectionName}:CleanChecksToLowerCoefficient must be at least 1.";
    }
}
