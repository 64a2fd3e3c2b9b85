namespace QualityMap.Grains.Classification;

/// <summary>
/// Classifies an enterprise: high-risk while any rule holds, otherwise low-risk (DB3304/T 055—2023).
/// Pure: the same facts, time and options always give the same result.
/// </summary>
public static class Classifier
{
    public static ClassificationResult Classify(EnterpriseFacts facts, DateTimeOffset now, ClassificationOptions options)
    {
        ClassReason?[] outcomes =
        [
            ClassificationRules.FailedSampling(facts, now, options.FailedSampling),
            ClassificationRules.AdministrativePenalty(facts, now, options.AdministrativePenalty),
            ClassificationRules.Licence(facts, options.Licence),
            ClassificationRules.FailedReinspection(facts, now, options.FailedReinspection),
            ClassificationRules.DishonestyListing(facts, options.DishonestyListing),
            ClassificationRules.RefusedSampling(facts, now, options.RefusedSampling),
            ClassificationRules.QualityAccident(facts, now, options.QualityAccident),
        ];
        var reasons = outcomes.OfType<ClassReason>().ToList();
        return new ClassificationResult(
            reasons.Count > 0 ? RiskClass.High : RiskClass.Low,
            reasons,
            NextReview(facts, now, options));
    }

    // Dynamic adjustment (企业分类等级动态调整): the next time a dated fact enters or leaves its window, the class
    // may change with no new event, so the grain sets a reminder for it. A fact dated in the (tolerated) future
    // enters its window when it occurs.
    private static DateTimeOffset? NextReview(EnterpriseFacts facts, DateTimeOffset now, ClassificationOptions options)
    {
        DateTimeOffset? next = null;
        foreach (var fact in facts.Dated)
        {
            var window = WindowOf(fact.Kind, options);
            if (!window.Enabled) continue;
            var end = ClassificationRules.WindowEnd(fact.OccurredAt, window.WindowMonths);
            var moment = fact.OccurredAt > now ? fact.OccurredAt : end;
            if (moment > now && (next is null || moment < next)) next = moment;
        }
        return next;
    }

    private static WindowRuleOptions WindowOf(FactKind kind, ClassificationOptions options) => kind switch
    {
        FactKind.FailedSampling => options.FailedSampling,
        FactKind.AdministrativePenalty => options.AdministrativePenalty,
        FactKind.FailedReinspection => options.FailedReinspection,
        FactKind.RefusedSampling => options.RefusedSampling,
        FactKind.QualityAccident => options.QualityAccident,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
