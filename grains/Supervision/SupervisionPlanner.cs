using System.Globalization;
using QualityMap.Grains.Classification;
using QualityMap.Grains.Credit;
using QualityMap.Grains.Events;

namespace QualityMap.Grains.Supervision;

/// <summary>
/// Plans an enterprise's inspection tasks for the year from the measures matrix (DB3304/T 055 §5.2) or the credit
/// class measures (Shantou 2023 方案 §三(二)). Pure: the same subject, tasks, clock and options give the same plan.
/// </summary>
public static class SupervisionPlanner
{
    private static readonly TimeSpan ChinaStandardTime = TimeSpan.FromHours(8);

    /// <summary>What the year calls for: samplings per product and on-site inspections of the enterprise.</summary>
    public static IReadOnlyList<TaskRequirement> Requirements(SupervisedSubject subject, SupervisionOptions options, CreditOptions credit)
    {
        if (!subject.Monitored) return [];
        return options.Scheme == ClassificationScheme.Credit
            ? CreditRequirements(subject, credit)
            : MatrixRequirements(subject, options);
    }

    // DB3304/T 055 §5.2 (Jiaxing 2020): product grade × enterprise class → mode, samplings per product, inspections.
    private static List<TaskRequirement> MatrixRequirements(SupervisedSubject subject, SupervisionOptions options)
    {
        var className = subject.RiskClass == RiskClass.High ? "高风险企业" : "低风险企业";
        var requirements = new List<TaskRequirement>();
        foreach (var product in subject.Products.OrderBy(p => p.Grade).ThenBy(p => p.Code, StringComparer.Ordinal))
        {
            var cell = options.Cell(subject.RiskClass, product.Grade);
            requirements.Add(new(TaskKind.Sampling, product.Code, product.Grade, cell.SamplingsPerYear, cell.Mode,
                $"{className}×{GradeName(product.Grade)}（{product.Name}）：{ModeName(cell.Mode)}，每年监督抽查{cell.SamplingsPerYear}次"));
        }
        // The enterprise is inspected on site as often as its riskiest product requires.
        var grades = subject.Products.Count > 0 ? subject.Products.Select(p => p.Grade) : [ProductRiskGrade.Level3];
        var inspection = grades.Select(g => (Grade: g, Cell: options.Cell(subject.RiskClass, g)))
            .OrderByDescending(x => x.Cell.InspectionsPerYear).ThenBy(x => x.Grade).First();
        requirements.Add(new(TaskKind.Inspection, null, inspection.Grade, inspection.Cell.InspectionsPerYear, inspection.Cell.Mode,
            $"{className}×{GradeName(inspection.Grade)}：{ModeName(inspection.Cell.Mode)}，每年现场检查{inspection.Cell.InspectionsPerYear}次"));
        return requirements;
    }

    // Shantou 2023 方案 §三(二): yearly samplings by class, spread over the operator's products (grade 1 first).
    private static List<TaskRequirement> CreditRequirements(SupervisedSubject subject, CreditOptions credit)
    {
        var measures = CreditMeasureRules.For(subject.Credit.Class, credit);
        var coefficient = CreditMeasureRules.RandomCoefficient(subject.Credit, credit);
        var mode = ModeOf(subject.Credit.Class);
        var samplings = Scaled(measures.SamplingsPerYear, coefficient);
        var inspections = Scaled(measures.InspectionsPerYear, coefficient);
        var basis = $"信用{subject.Credit.Class}类：{measures.Summary}" +
                    (coefficient < 1m ? $"（随机系数{coefficient.ToString("0.##", CultureInfo.InvariantCulture)}）" : "");
        var products = subject.Products.OrderBy(p => p.Grade).ThenBy(p => p.Code, StringComparer.Ordinal).ToList();
        var requirements = new List<TaskRequirement>();
        if (products.Count == 0)
        {
            requirements.Add(new(TaskKind.Sampling, null, null, samplings, mode, basis));
        }
        else
        {
            for (var i = 0; i < products.Count; i++)
            {
                var share = samplings / products.Count + (i < samplings % products.Count ? 1 : 0);
                requirements.Add(new(TaskKind.Sampling, products[i].Code, products[i].Grade, share, mode, basis));
            }
        }
        requirements.Add(new(TaskKind.Inspection, null, products.FirstOrDefault()?.Grade, inspections, mode, basis));
        return requirements;
    }

    /// <summary>
    /// The year's tasks after (re-)planning at <paramref name="now"/>: completed tasks, re-inspections and tasks
    /// already dispatched stay; planned tasks not yet dispatched stay when their requirement is unchanged and are otherwise
    /// replaced by a fresh plan for the rest of the year that makes up what the requirements still lack. Due dates
    /// are spread over the rest of the year, pulled
    /// forward for strict modes and grade-1 products.
    /// </summary>
    public static List<SupervisionTask> Plan(
        IReadOnlyList<SupervisionTask> existing, IReadOnlyList<TaskRequirement> requirements, string uscc, string? countyCode,
        DateTimeOffset now, SupervisionOptions options, Func<string> nextId)
    {
        var (yearStart, yearEnd) = YearOf(now);
        bool Replaceable(SupervisionTask t) => t.Kind != TaskKind.Reinspection && StatusOf(t, now, options) == SupervisionTaskStatus.Planned;
        var kept = existing.Where(t => !Replaceable(t)).ToList();
        var candidates = existing.Where(Replaceable).ToList();
        foreach (var requirement in requirements)
        {
            var counted = kept.Count(t => t.Kind == requirement.Kind && t.ProductCode == requirement.ProductCode &&
                                          t.Due >= yearStart && t.Due < yearEnd);
            var missing = requirement.PerYear - counted;
            if (missing <= 0) continue;
            // An unchanged requirement keeps its planned tasks (same ids, same dates): re-planning is idempotent.
            var same = candidates.Where(t => t.Kind == requirement.Kind && t.ProductCode == requirement.ProductCode &&
                                             t.Mode == requirement.Mode && t.Basis == requirement.Basis && t.Due < yearEnd).ToList();
            if (same.Count == missing)
            {
                kept.AddRange(same);
                continue;
            }
            var fraction = 1m;
            if (requirement.Mode is SupervisionMode.Strict or SupervisionMode.Key or SupervisionMode.Special) fraction *= options.FrontLoadFraction;
            if (requirement.Grade == ProductRiskGrade.Level1) fraction *= options.FrontLoadFraction;
            var span = (yearEnd - now).Ticks * fraction;
            for (var i = 0; i < missing; i++)
            {
                var due = now + TimeSpan.FromTicks((long)(span * (i + 1) / (missing + 1)));
                kept.Add(new SupervisionTask(nextId(), uscc, countyCode, requirement.Kind, requirement.ProductCode, requirement.Grade,
                    requirement.Mode, now, due, requirement.Basis));
            }
        }
        return [.. kept.OrderBy(t => t.Due).ThenBy(t => t.Id, StringComparer.Ordinal)];
    }

    /// <summary>The re-inspection a rectification order calls for (DB3304/T 056 §4.2.2 c: rectify, then re-inspect).</summary>
    public static SupervisionTask? Reinspection(SupervisionTask task, TaskOutcome outcome, string id, SupervisionOptions options)
    {
        if (!outcome.RectificationOrdered) return null;
        var deadline = outcome.RectificationDeadline ?? outcome.CompletedAt.AddDays(options.RectificationDays);
        return new SupervisionTask(id, task.Uscc, task.CountyCode, TaskKind.Reinspection, task.ProductCode, task.Grade, task.Mode,
            outcome.CompletedAt, deadline,
            $"整改复查：任务{task.Id}不合格，责令整改，限{deadline.ToOffset(ChinaStandardTime):yyyy-MM-dd}前复查", task.Id);
    }

    /// <summary>Where a task stands at <paramref name="now"/>: overdue once its due moment has passed.</summary>
    public static SupervisionTaskStatus StatusOf(SupervisionTask task, DateTimeOffset now, SupervisionOptions options)
    {
        if (task.Outcome is not null) return SupervisionTaskStatus.Completed;
        if (now > task.Due) return SupervisionTaskStatus.Overdue;
        return now >= task.Due.AddDays(-options.DispatchLeadDays) ? SupervisionTaskStatus.Dispatched : SupervisionTaskStatus.Planned;
    }

    /// <summary>The calendar year (China Standard Time) that contains <paramref name="now"/>, as [start, end).</summary>
    public static (DateTimeOffset Start, DateTimeOffset End) YearOf(DateTimeOffset now)
    {
        var year = now.ToOffset(ChinaStandardTime).Year;
        var start = new DateTimeOffset(year, 1, 1, 0, 0, 0, ChinaStandardTime);
        return (start, start.AddYears(1));
    }

    public static SupervisionMode ModeOf(CreditClass creditClass) => creditClass switch
    {
        CreditClass.A => SupervisionMode.General,
        CreditClass.B => SupervisionMode.Tracking,
        CreditClass.C => SupervisionMode.Key,
        CreditClass.D => SupervisionMode.Special,
        _ => SupervisionMode.Reactive,
    };

    private static int Scaled(int count, decimal coefficient) => (int)Math.Ceiling(count * coefficient);

    private static string GradeName(ProductRiskGrade grade) => grade switch
    {
        ProductRiskGrade.Level1 => "一级风险产品",
        ProductRiskGrade.Level2 => "二级风险产品",
        _ => "三级风险产品",
    };

    private static string ModeName(SupervisionMode mode) => mode switch
    {
        SupervisionMode.Strict => "加严监管",
        SupervisionMode.Routine => "日常监管",
        _ => "信用监管",
    };
}
