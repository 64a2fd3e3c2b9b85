namespace QualityMap.Grains.Credit;

/// <summary>The measures each credit class calls for (方案 §三(二)1–5), with the yearly counts from configuration.</summary>
public static class CreditMeasureRules
{
    public static CreditMeasures For(CreditClass creditClass, CreditOptions options)
    {
        var counts = options.For(creditClass);
        return creditClass switch
        {
            // §三(二)1: 一般监管 — double-random sampling; the coefficient may be lowered after two clean checks.
            CreditClass.A => new(creditClass, "general", null, false, counts.SamplingsPerYear, counts.InspectionsPerYear, null, false,
                "一般监管：按“双随机、一公开”实施监督抽查或检查；连续两次以上未发现问题的可降低随机系数"),
            // §三(二)2: 跟踪监管 — yellow prompt, rectification, ≥ 1 sampling or inspection a year.
            CreditClass.B => new(creditClass, "tracking", "yellow", true, counts.SamplingsPerYear, counts.InspectionsPerYear, null, false,
                "跟踪监管：发出黄色监管提示，责令整改并跟踪检查，每年至少1次监督抽查或检查"),
            // §三(二)3: 重点监管 — orange warning, rectification, ≥ 2 a year, interview the quality officer.
            CreditClass.C => new(creditClass, "key", "orange", true, counts.SamplingsPerYear, counts.InspectionsPerYear, "quality_officer", false,
                "重点监管：发出橙色监管警示，责令整改并跟踪检查，每年至少2次监督抽查或检查，约谈质量负责人"),
            // §三(二)4: 特别监管 — red warning, rectification, ≥ 4 a year, interview the legal representative.
            CreditClass.D => new(creditClass, "special", "red", true, counts.SamplingsPerYear, counts.InspectionsPerYear,
                "legal_representative_and_quality_officer", false,
                "特别监管：发出红色监管警示，责令整改并跟踪检查，每年至少4次监督抽查或检查，约谈法定代表人及质量负责人"),
            // §三(二)5: 反应式监管 — guide the operator to build its quality file, monitor, score when evidence appears.
            _ => new(creditClass, "reactive", null, false, counts.SamplingsPerYear, counts.InspectionsPerYear, null, true,
                "反应式监管：指导经营者建立产品质量管理档案，加强质量安全监测"),
        };
    }

    /// <summary>
    /// A's random coefficient (方案 §三(二)1): lowered after the configured number of clean checks in a row;
    /// other classes are planned by their minimums and keep the normal coefficient.
    /// </summary>
    public static decimal RandomCoefficient(CreditStanding standing, CreditOptions options) =>
        standing.Class == CreditClass.A && standing.ConsecutiveCleanChecks >= options.CleanChecksToLowerCoefficient
            ? options.LoweredRandomCoefficient
            : options.RandomCoefficient;
}
